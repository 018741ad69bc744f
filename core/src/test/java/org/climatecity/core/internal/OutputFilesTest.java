package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
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

class OutputFilesTest {

    @TempDir
    Path dir;

    /** Content that writes half and then fails, as a full disk does. */
    private static final OutputFiles.Content FAILING = out -> {
        out.write("half of it".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
    };

    @Test
    void writesAFileCreatingItsFolders() throws IOException {
        Path file = dir.resolve("a/b/new.txt");
        assertThat(OutputFiles.write(file, OutputFiles.text("Borlänge\n"))).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo("Borlänge\n");
        assertThat(names(file.getParent())).containsExactly("new.txt");
    }

    @Test
    void replacesAFileLeavingNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("old.txt"), "old");
        OutputFiles.write(file, OutputFiles.text("new"));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("old.txt");
    }

    @Test
    void writesFilesOfSeveralFoldersInOrder() throws IOException {
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve("doc/plan.json"), OutputFiles.text("{}"));
        files.put(dir.resolve("report.json"), OutputFiles.text("[]"));
        assertThat(OutputFiles.write(files)).containsExactly(dir.resolve("doc/plan.json"), dir.resolve("report.json"));
        assertThat(Files.readString(dir.resolve("doc/plan.json"))).isEqualTo("{}");
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("[]");
    }

    @Test
    void aFailureAfterTheFirstFileLeavesEveryFileAsItWasAndNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report"));
        Files.writeString(folder.resolve("a.html"), "old page");
        Files.writeString(folder.resolve("b.md"), "old text");
        Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put("a.html", OutputFiles.text("new page"));
        files.put("b.md", FAILING);
        files.put("c.svg", OutputFiles.text("<svg/>"));
        assertThatThrownBy(() -> OutputFiles.writeInto(folder, files)).isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThat(Files.readString(folder.resolve("a.html"))).isEqualTo("old page");
        assertThat(Files.readString(folder.resolve("b.md"))).isEqualTo("old text");
        assertThat(names(folder)).containsExactlyInAnyOrder("a.html", "b.md");
    }

    @Test
    void aFailureRemovesTheFoldersTheWriteCreated() {
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve("out/doc.json"), OutputFiles.text("{}"));
        files.put(dir.resolve("out/reports/report.json"), FAILING);
        assertThatThrownBy(() -> OutputFiles.write(files)).isInstanceOf(IOException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMoveThatFailsPutsBackTheFilesMovedBeforeIt() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"), "the earlier first");
        Path second = dir.resolve("second.txt");
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(first, OutputFiles.text("new first"));
        files.put(second, out -> {
            // once every file is written, a folder stands where the second file goes
            Files.writeString(Files.createDirectory(second).resolve("kept.txt"), "kept");
            out.write("new second".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> OutputFiles.write(files)).isInstanceOf(IOException.class);
        assertThat(Files.readString(first)).isEqualTo("the earlier first");
        assertThat(names(dir)).containsExactlyInAnyOrder("first.txt", "second.txt");
        assertThat(names(second)).containsExactly("kept.txt");
    }

    @Test
    void aMoveThatFailsRemovesTheNewFilesMovedBeforeIt() throws IOException {
        Path second = dir.resolve("second.txt");
        Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve("first.txt"), OutputFiles.text("new first"));
        files.put(second, out -> Files.writeString(Files.createDirectory(second).resolve("kept.txt"), "kept"));
        assertThatThrownBy(() -> OutputFiles.write(files)).isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("second.txt");
    }

    @Test
    void contentThatClosesItsStreamIsWrittenWhole() throws IOException {
        Path file = dir.resolve("closed.txt");
        OutputFiles.write(file, out -> {
            out.write("all of it".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(file)).isEqualTo("all of it");
    }

    @Test
    void rejectsNamesThatAreNotPlainFileNamesBeforeWritingAny() throws IOException {
        Path kept = Files.writeString(dir.resolve("a.csv"), "kept");
        for (String name : List.of("../escape.csv", "..", ".", "sub/b.csv", "/b.csv", "")) {
            Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
            files.put("a.csv", OutputFiles.text("new"));
            files.put(name, OutputFiles.text("b"));
            assertThatThrownBy(() -> OutputFiles.writeInto(dir, files)).as(name)
                    .isInstanceOf(FileSystemException.class).hasMessageEndingWith(": is not a plain file name");
        }
        assertThat(Files.readString(kept)).isEqualTo("kept");
        assertThat(names(dir)).containsExactly("a.csv");
    }

    @Test
    void rejectsAFolderAndAFileNamedTwice() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> OutputFiles.write(folder, OutputFiles.text("x")))
                .isInstanceOf(FileSystemException.class).hasMessage(folder + ": is a folder");
        Map<Path, OutputFiles.Content> twice = new LinkedHashMap<>();
        twice.put(dir.resolve("same.json"), OutputFiles.text("1"));
        twice.put(dir.resolve("x/../same.json"), OutputFiles.text("2"));
        assertThatThrownBy(() -> OutputFiles.write(twice)).isInstanceOf(FileSystemException.class)
                .hasMessageEndingWith("is named twice in one output");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> OutputFiles.write(file.resolve("sub/doc.json"), OutputFiles.text("{}")))
                .isInstanceOf(FileSystemException.class).hasMessage(file + ": is a file, not a folder");
        assertThat(names(dir)).containsExactlyInAnyOrder("folder", "a-file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anErrorNamesTheFileAskedForNotItsTemporaryFile() {
        // a name the file system holds, whose temporary file's longer name it does not
        String name = "x".repeat(250) + ".csv";
        Throwable error = catchThrowable(() -> OutputFiles.writeInto(dir, Map.of(name, OutputFiles.text("new"))));
        assertThat(error).isInstanceOf(java.nio.file.FileSystemException.class);
        assertThat(((java.nio.file.FileSystemException) error).getFile()).isEqualTo(dir.resolve(name).toString());
        assertThat(error.getMessage()).doesNotContain(".tmp");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void newFilesGetThePermissionsOfAnyNewFileAndReplacedOnesKeepTheirs() throws IOException {
        Path usual = dir.resolve("usual.txt");
        Files.newOutputStream(usual).close();
        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
        files.put("shared.txt", OutputFiles.text("new"));
        files.put("created.csv", OutputFiles.text("new"));
        OutputFiles.writeInto(dir, files);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.getPosixFilePermissions(dir.resolve("created.csv")))
                .isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void replacesTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("doc.yaml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
        OutputFiles.write(link, OutputFiles.text("new"));
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
        OutputFiles.write(pipe, OutputFiles.text("through the pipe"));
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(names(dir)).containsExactly("pipe");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
