package org.climatecity.serialization.engine;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Functions that read a record component, made once per component with {@link LambdaMetafactory}: a call is a plain
 * interface call to the accessor, where {@link Method#invoke} goes through a generated accessor with an argument
 * array and boxes every primitive; the primitive ones return the value unboxed.
 *
 * <p>Where a function cannot be made (a JVM without the metafactory's access to the record), reflection is used.
 */
final class Accessors {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final Object[] NO_ARGS = new Object[0];

    private Accessors() {
    }

    /** Returns a function reading a component, boxing a primitive. */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> objects(RecordComponent component) {
        Class<?> type = component.getType();
        Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
        Object function = make(component, Function.class, "apply", MethodType.methodType(Object.class, Object.class),
                MethodType.methodType(boxed, component.getDeclaringRecord()));
        if (function != null) {
            return (Function<Object, Object>) function;
        }
        Method accessor = reflective(component);
        return record -> invoke(accessor, record);
    }

    /** Returns a function reading an {@code int} component. */
    @SuppressWarnings("unchecked")
    static ToIntFunction<Object> ints(RecordComponent component) {
        Object function = make(component, ToIntFunction.class, "applyAsInt",
                MethodType.methodType(int.class, Object.class),
                MethodType.methodType(int.class, component.getDeclaringRecord()));
        if (function != null) {
            return (ToIntFunction<Object>) function;
        }
        Method accessor = reflective(component);
        return record -> (Integer) invoke(accessor, record);
    }

    /** Returns a function reading a {@code long} component. */
    @SuppressWarnings("unchecked")
    static ToLongFunction<Object> longs(RecordComponent component) {
        Object function = make(component, ToLongFunction.class, "applyAsLong",
                MethodType.methodType(long.class, Object.class),
                MethodType.methodType(long.class, component.getDeclaringRecord()));
        if (function != null) {
            return (ToLongFunction<Object>) function;
        }
        Method accessor = reflective(component);
        return record -> (Long) invoke(accessor, record);
    }

    /** Returns a function reading a {@code double} component. */
    @SuppressWarnings("unchecked")
    static ToDoubleFunction<Object> doubles(RecordComponent component) {
        Object function = make(component, ToDoubleFunction.class, "applyAsDouble",
                MethodType.methodType(double.class, Object.class),
                MethodType.methodType(double.class, component.getDeclaringRecord()));
        if (function != null) {
            return (ToDoubleFunction<Object>) function;
        }
        Method accessor = reflective(component);
        return record -> (Double) invoke(accessor, record);
    }

    /** Makes an instance of a functional interface calling the component's accessor, or null if that fails. */
    private static Object make(RecordComponent component, Class<?> functional, String method, MethodType erased,
            MethodType instantiated) {
        CallSite site;
        try {
            MethodHandle accessor = LOOKUP.unreflect(component.getAccessor());
            site = LambdaMetafactory.metafactory(LOOKUP, method, MethodType.methodType(functional), erased,
                    accessor, instantiated);
        } catch (IllegalAccessException | LambdaConversionException | RuntimeException e) {
            // an accessor the metafactory may not reach (a record of a package not exported to this module):
            // reflection still reads it
            return null;
        }
        try {
            return site.getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create the accessor of " + component.getDeclaringRecord()
                    .getName() + "." + component.getName(), e);
        }
    }

    private static Method reflective(RecordComponent component) {
        Method accessor = component.getAccessor();
        // public members of exported packages: skipping the per-call access check is allowed and much faster
        accessor.setAccessible(true);
        return accessor;
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            // a shared empty argument array: invoke(record) would allocate one per call
            return accessor.invoke(record, NO_ARGS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}
