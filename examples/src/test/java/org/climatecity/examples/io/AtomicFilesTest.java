package org.climatecity.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Content that writes half and then fails, as a full disk does. */
    private static final AtomicFiles.Content FAILING = out -> {
        out.write("half of it".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
    };

    @Test
    void writesAFileCreatingItsFolder() throws IOException {
        Path file = dir.resolve("a/b/new.txt");
        assertThat(AtomicFiles.writeString(file, "Borlänge\n")).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo("Borlänge\n");
        assertThat(names(file.getParent())).containsExactly("new.txt");
    }

    @Test
    void replacesAFileLeavingNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("old.txt"), "old");
        AtomicFiles.writeString(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("old.txt");
    }

    @Test
    void failedWriteLeavesTheEarlierFileAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("victim.yaml"), "the earlier file");
        assertThatThrownBy(() -> AtomicFiles.write(file, FAILING)).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThat(Files.readString(file)).isEqualTo("the earlier file");
        assertThat(names(dir)).containsExactly("victim.yaml");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void keepsThePermissionsOfTheReplacedFile() throws IOException {
        Path file = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(file, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void replacesTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("doc.yaml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(target.getParent())).containsExactly("doc.yaml");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void writesANamedPipeInPlaceSinceItCannotBeReplaced() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicFiles.writeString(pipe, "through the pipe");
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void writesANewFolderWithAllItsFilesInOrder() throws IOException {
        Path folder = dir.resolve("out/report");
        assertThat(AtomicFiles.writeFolder(folder, files("b.md", "a.html"))).containsExactly(folder.resolve("b.md"),
                folder.resolve("a.html"));
        assertThat(Files.readString(folder.resolve("a.html"))).isEqualTo("a.html's text");
        assertThat(names(folder)).containsExactlyInAnyOrder("a.html", "b.md");
        assertThat(names(folder.getParent())).containsExactly("report");
    }

    @Test
    void replacesTheFilesOfAFolderAndLeavesTheOthersAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report"));
        Files.writeString(folder.resolve("a.html"), "old");
        Files.writeString(folder.resolve("mine.txt"), "mine");
        AtomicFiles.writeFolder(folder, files("a.html", "b.md"));
        assertThat(Files.readString(folder.resolve("a.html"))).isEqualTo("a.html's text");
        assertThat(Files.readString(folder.resolve("mine.txt"))).isEqualTo("mine");
        assertThat(names(folder)).containsExactlyInAnyOrder("a.html", "b.md", "mine.txt");
    }

    @Test
    void failedWriteLeavesAnExistingFolderAsItWas() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report"));
        Files.writeString(folder.resolve("a.html"), "old page");
        Files.writeString(folder.resolve("b.md"), "old text");
        Map<String, AtomicFiles.Content> files = files("a.html");
        files.put("b.md", FAILING);
        assertThatThrownBy(() -> AtomicFiles.writeFolder(folder, files)).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThat(Files.readString(folder.resolve("a.html"))).isEqualTo("old page");
        assertThat(Files.readString(folder.resolve("b.md"))).isEqualTo("old text");
        assertThat(names(folder)).containsExactlyInAnyOrder("a.html", "b.md");
    }

    @Test
    void failedWriteOfANewFolderLeavesNothing() throws IOException {
        Map<String, AtomicFiles.Content> files = files("a.html");
        files.put("b.md", FAILING);
        assertThatThrownBy(() -> AtomicFiles.writeFolder(dir.resolve("report"), files))
                .isInstanceOf(IOException.class);
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void rejectsAFileNameWithAFolder() {
        assertThatThrownBy(() -> AtomicFiles.writeFolder(dir, files("../escape.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file name must be a plain name, was '../escape.txt'");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(dir, files("..")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("file name must be a plain name, was '..'");
    }

    private static Map<String, AtomicFiles.Content> files(String... names) {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, AtomicFiles.text(name + "'s text"));
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
