package org.climatecity.serialization.engine;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;
import java.util.regex.Pattern;
import org.climatecity.core.internal.Texts;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Builds the YAML mapper; loaded only when YAML is asked for, as the YAML module is an optional dependency.
 *
 * <p>Its parsers differ from Jackson's in three ways. An alias ({@code *name}) or a merge key ({@code <<}) is a
 * problem: Jackson reads an alias as the text of its anchor's name, so {@code name: *vc} would be the name "vc".
 * The plain scalars {@code ~}, {@code Null} and {@code NULL} are null, as {@code null} is (YAML 1.2's core schema;
 * Jackson follows the JSON schema, where they are texts). And a line longer than four times the string limit is a
 * {@code limit-exceeded} problem, see {@link LineLimitReader}.
 */
final class YamlMappers {

    /** SnakeYAML Engine's look-ahead buffer, in characters: its default of 1024 makes a long line slow. */
    private static final int BUFFER = 64 * 1024;

    private YamlMappers() {
    }

    static ObjectMapper mapper(StreamReadConstraints constraints, ErrorReportConfiguration errors,
            long maxDocumentLength) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentLength))
                .setAllowDuplicateKeys(true)
                .setBufferSize(BUFFER)
                .build();
        YAMLFactoryBuilder builder = YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(constraints)
                .errorReportConfiguration(errors)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .stringQuotingChecker(new Quoting());
        YAMLFactory factory = new Factory(builder, 4L * constraints.getMaxStringLength());
        return YAMLMapper.builder(factory).disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    }

    /**
     * Quotes every property name but plain ASCII words: a plain name that YAML reads as something else (a merge key
     * {@code <<}, a line break such as U+0085, a reserved word, a number) would not be read back as written.
     * Values are quoted already, as {@code MINIMIZE_QUOTES} is off.
     */
    private static final class Quoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

        @Override
        public boolean needToQuoteName(String name) {
            return !PLAIN_NAME.matcher(name).matches() || super.needToQuoteName(name);
        }
    }

    /** Creates {@link Parser}s that read through a {@link LineLimitReader}. */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        private final long maxLine;

        Factory(YAMLFactoryBuilder builder, long maxLine) {
            super(builder);
            this.maxLine = maxLine;
        }

        @Override
        protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
            int features = readCtxt.getStreamReadFeatures(_streamReadFeatures);
            return parser(readCtxt, ioCtxt, features, _createReader(in, null, ioCtxt, features), true);
        }

        @Override
        protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader reader) {
            return parser(readCtxt, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures), reader, false);
        }

        @Override
        protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset,
                int length, boolean recyclable) {
            return parser(readCtxt, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures),
                    new CharArrayReader(data, offset, length), true);
        }

        @Override
        protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset,
                int length) {
            return parser(readCtxt, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures),
                    _createReader(data, offset, length, null, ioCtxt), true);
        }

        private YAMLParser parser(ObjectReadContext readCtxt, IOContext ioCtxt, int features, Reader reader,
                boolean ownsReader) {
            return new Parser(readCtxt, ioCtxt, _getBufferRecycler(), features,
                    readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
                    new LineLimitReader(reader, maxLine), ownsReader);
        }
    }

    /** Rejects aliases and merge keys, and reads YAML 1.2's other spellings of null as null. */
    private static final class Parser extends YAMLParser {

        /** The plain scalars that YAML 1.2's core schema resolves to null. */
        private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

        Parser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler recycler, int streamReadFeatures,
                int formatReadFeatures, LoadSettings settings, Reader reader, boolean ownsReader) {
            super(readCtxt, ioCtxt, recycler, streamReadFeatures, formatReadFeatures, settings, reader, ownsReader);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            if (isCurrentAlias()) {
                throw new UnsupportedYaml(this, "YAML aliases are not supported, found *"
                        + Texts.abbreviate(_textValue) + ": write the value out in full");
            }
            if (token == JsonToken.PROPERTY_NAME && "<<".equals(_currentName)
                    && _lastEvent instanceof ScalarEvent key && key.isPlain()) {
                throw new UnsupportedYaml(this, "YAML merge keys (<<) are not supported: write the properties out"
                        + " in full");
            }
            return token;
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) {
            if (scalar.isPlain() && scalar.getTag().isEmpty() && NULLS.contains(scalar.getValue())) {
                _textValue = scalar.getValue();
                _cleanedTextValue = null;
                return JsonToken.VALUE_NULL;
            }
            return super._decodeScalar(scalar);
        }
    }
}
