package org.climatecity.serialization.format;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.Function;

/**
 * A record component named by its accessor, such as {@code Municipality::population}: the declaration refers to
 * components by method references, so a renamed or removed component fails to compile instead of being silently
 * ignored as a misspelt string would be.
 *
 * @param <R> the record type
 * @param <V> the component type
 */
@FunctionalInterface
public interface Accessor<R, V> extends Function<R, V>, Serializable {

    /**
     * Returns the name of the record component this method reference reads.
     *
     * @return the component name
     * @throws IllegalArgumentException if this is not a method reference to an accessor
     */
    default String componentName() {
        try {
            // a serializable lambda describes itself: the implementation method of Type::accessor is the accessor
            Method writeReplace = getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(this);
            String name = lambda.getImplMethodName();
            if (name.startsWith("lambda$")) {
                throw new IllegalArgumentException("declare a component by a method reference such as"
                        + " Municipality::population, not a lambda");
            }
            return name;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a method reference to a record accessor", e);
        }
    }
}
