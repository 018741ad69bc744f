package org.climatecity.examples;

import org.climatecity.core.registry.SwedishRegions;

/**
 * Runs the main example.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the main example.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.out.println("climate-city: " + SwedishRegions.get().municipalitiesIn(
                org.climatecity.core.id.CountyCode.of("20")).size() + " municipalities in Dalarna");
    }
}
