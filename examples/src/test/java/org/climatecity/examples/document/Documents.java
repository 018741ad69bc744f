package org.climatecity.examples.document;

import org.climatecity.core.document.ProgrammeDocument;

/** Gives the other test packages the main example's document as the generator builds it. */
public final class Documents {

    private Documents() {
    }

    /**
     * Returns the main example's document.
     *
     * @return the document
     */
    public static ProgrammeDocument mainExample() {
        return BorlangeAvestaDalarna.document();
    }

    /**
     * Returns the European example's document, as the generator builds it.
     *
     * @return the document
     */
    public static ProgrammeDocument europeanExample() {
        return EuropeanMissionCities.document();
    }
}
