package org.climatecity.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

/**
 * Every record of core uses the {@code equals} and {@code hashCode} the language gives it, so that a component added
 * to a record always counts in its equality. A record may write them itself only when the generated ones are wrong
 * for its value (it holds an array, whose generated equality is identity); it is then listed in {@link #WRITTEN}
 * with the reason, and tested.
 */
class RecordEqualityTest {

    /** Records that write out {@code equals} and {@code hashCode}, by binary name, with the reason. */
    private static final Map<String, String> WRITTEN = Map.of();

    private static final List<Class<?>> RECORDS = records();

    @Test
    void findsTheRecordsOfEveryPackage() {
        assertThat(RECORDS).contains(YearRange.class, org.climatecity.core.id.LocalId.class,
                org.climatecity.core.geo.Geography.CountryGroupArea.class);
    }

    @Test
    void noRecordWritesOutEqualsOrHashCodeUnlessListed() throws IOException {
        Set<String> written = new TreeSet<>();
        for (Class<?> type : RECORDS) {
            Set<String> generated = invokedynamicNames(type);
            if (!generated.contains("equals") || !generated.contains("hashCode")) {
                written.add(type.getName());
            }
        }
        assertThat(written).as("records that write out equals or hashCode: let the record generate them, or list"
                + " the record in RecordEqualityTest.WRITTEN with the reason").isEqualTo(WRITTEN.keySet().stream()
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void noRecordHoldsAnArrayUnlessItWritesOutItsEquality() {
        List<String> arrays = new ArrayList<>();
        for (Class<?> type : RECORDS) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType().isArray() && !WRITTEN.containsKey(type.getName())) {
                    arrays.add(type.getName() + "." + component.getName());
                }
            }
        }
        assertThat(arrays).as("array components, which a record's own equals compares by identity").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** Every record among core's classes, found in the directory or jar that holds them. */
    private static List<Class<?>> records() {
        try {
            Path location = Path.of(YearRange.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return records(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return records(jar.getPath("/"));
            }
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError("cannot list core's classes", e);
        }
    }

    private static List<Class<?>> records(Path root) throws IOException {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".");
                if (!name.endsWith(".class") || name.endsWith("module-info.class")
                        || name.endsWith("package-info.class")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            RecordEqualityTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    /**
     * Returns the names of the methods a class file calls through {@code invokedynamic}: a record's generated
     * {@code equals}, {@code hashCode} and {@code toString} are such calls (to {@code ObjectMethods}), a written-out
     * one is not.
     */
    private static Set<String> invokedynamicNames(Class<?> type) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream raw = type.getClassLoader().getResourceAsStream(resource);
                DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] nameOf = new int[count];
            Set<Integer> called = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 17 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 12 -> {
                        nameOf[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 18 -> {
                        in.readUnsignedShort();
                        called.add(in.readUnsignedShort());
                    }
                    default -> throw new AssertionError("unknown constant pool tag " + tag + " in " + resource);
                }
            }
            Set<String> names = new HashSet<>();
            called.forEach(nameAndType -> names.add(utf8[nameOf[nameAndType]]));
            return names;
        }
    }
}
