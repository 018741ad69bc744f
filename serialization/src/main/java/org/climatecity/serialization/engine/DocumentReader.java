package org.climatecity.serialization.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.climatecity.core.document.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one document from a parser in one streaming pass, collecting every problem instead of stopping at the
 * first, and the unknown properties and object positions the facade needs afterwards.
 */
public final class DocumentReader {

    /** Opens a parser; may fail with an I/O error. */
    @FunctionalInterface
    public interface ParserSource {
        /**
         * Opens the parser.
         *
         * @return the parser
         * @throws IOException if the input cannot be opened
         */
        JsonParser open() throws IOException;
    }

    /**
     * What a read found.
     *
     * @param document the document, or null when a problem prevented binding it
     * @param partial what bound of a document with problems, or null when no problem was found or the root did not
     *     bind
     * @param findings the problems, in the order found
     * @param declaredVersion the declared {@code schemaVersion}, or null when absent or unsupported
     * @param kept the unknown properties kept
     * @param locations where each recorded object started, or null when not recorded
     */
    public record Outcome(@Nullable ProgrammeDocument document, @Nullable PartialDocument partial,
            List<Finding> findings,
            @Nullable String declaredVersion, KeptProperties kept,
            @Nullable Map<Object, TokenStreamLocation> locations) {
    }

    private final boolean strict;
    private final boolean yaml;
    private final int maxProblems;
    private final long maxTreeValues;

    /**
     * Creates a reader.
     *
     * @param strict true to report unknown properties instead of keeping them
     * @param yaml true for YAML, where unquoted scalars are read as text
     * @param maxProblems the number of problems after which reading stops
     * @param maxTreeValues the most values held as trees: of kept unknown properties and buffered objects
     */
    public DocumentReader(boolean strict, boolean yaml, int maxProblems, long maxTreeValues) {
        this.strict = strict;
        this.yaml = yaml;
        this.maxProblems = maxProblems;
        this.maxTreeValues = maxTreeValues;
    }

    /**
     * Reads a document.
     *
     * @param source opens the parser
     * @param inMemory true when the input is in memory, so every I/O error comes from decoding and is a problem of
     *     the document
     * @param trackLocations true to record where the objects that document rules point at start, to locate their
     *     violations
     * @return what was found
     * @throws IOException if the input cannot be read
     */
    public Outcome read(ParserSource source, boolean inMemory, boolean trackLocations) throws IOException {
        ReadState state = new ReadState(strict ? ReadState.Unknowns.REJECT : ReadState.Unknowns.KEEP, yaml,
                maxProblems, maxTreeValues, trackLocations, null);
        // input in memory can be read again: records are read without taking their start, and only when a problem
        // is at one is the input read again with every position taken
        state.lazyStarts = inMemory && !trackLocations;
        ProgrammeDocument document = null;
        JsonParser p = null;
        try {
            p = source.open();
            Reading r = new Reading(p, state);
            JsonToken first = p.nextToken();
            if (first == null) {
                state.add("", p.currentLocation(), Codes.SYNTAX, "document is empty");
            } else {
                document = ModelCodecs.INSTANCE.document().read(r);
                if (p.nextToken() != null) {
                    state.add("", p.currentTokenLocation(), Codes.TRAILING_CONTENT,
                            "unexpected content after the document's root value");
                }
            }
        } catch (ReadState.TooManyProblems e) {
            TokenStreamLocation location = p.currentLocation();
            state.problems.add(new Finding("", Codes.TOO_MANY_PROBLEMS, "reading stopped after " + maxProblems
                    + " problems", location.getLineNr(), location.getColumnNr()));
        } catch (JacksonIOException e) {
            Finding finding = ParserFailures.io(p, e, inMemory);
            if (finding == null) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            }
            state.problems.add(finding);
        } catch (StreamConstraintsException e) {
            state.problems.add(ParserFailures.limit(p, e));
        } catch (UnsupportedYaml e) {
            state.problems.add(ParserFailures.unsupportedYaml(p, e));
        } catch (JacksonException e) {
            state.problems.add(ParserFailures.malformed(p, e));
        } catch (RuntimeException e) {
            // a parser's own exception types, or a runtime exception that escaped Jackson: a problem of the input,
            // never an exception to the caller
            state.problems.add(yaml && ParserFailures.isYaml(e) ? ParserFailures.yaml(p, e)
                    : ParserFailures.unexpected(p, e));
        } finally {
            if (p != null) {
                p.close();
            }
        }
        if (state.startMissing) {
            return read(source, true, true);
        }
        PartialDocument partial = state.problems.isEmpty() || document == null ? null
                : new PartialDocument(document, state.locations, state.sourceIndices, state.failedIds,
                        state.unidentified);
        boolean bound = state.problems.isEmpty() && document != null;
        return new Outcome(bound ? document : null, partial, List.copyOf(state.problems),
                state.schemaVersion, new KeptProperties(state.unknownGroups, state.declaredIds()), state.locations);
    }
}
