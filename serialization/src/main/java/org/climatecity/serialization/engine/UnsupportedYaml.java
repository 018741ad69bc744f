package org.climatecity.serialization.engine;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * Thrown by the YAML parser for a feature of YAML that the format does not support: an alias ({@code *name}) or a
 * merge key ({@code <<}). Refers to no YAML class, so the reader can catch it without the optional YAML module.
 */
final class UnsupportedYaml extends StreamReadException {

    private static final long serialVersionUID = 1L;

    UnsupportedYaml(JsonParser p, String message) {
        super(p, message, p.currentTokenLocation());
    }
}
