package org.climatecity.core.targets;

import org.climatecity.core.common.Share;
import org.climatecity.core.internal.Require;

/**
 * What a climate target promises. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface TargetKind {

    /**
     * Returns the stable name of the kind used in documents, such as {@code climate-neutral}.
     *
     * @return the type name, not null
     */
    String typeName();

    /**
     * Cut emissions by a number of tonnes from the baseline.
     *
     * @param tonnesCo2e the cut in tonnes CO2e, not negative
     * @since 0.1.0
     */
    record AbsoluteReduction(double tonnesCo2e) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param tonnesCo2e the cut, not negative
         */
        public AbsoluteReduction {
            Require.nonNegative(tonnesCo2e, "absolute reduction tonnes CO2e");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "absolute-reduction";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Cut emissions by a share of the baseline, such as 63 % by 2030.
     *
     * @param reductionShare the cut as a share of the baseline, not null
     * @since 0.1.0
     */
    record RelativeReduction(Share reductionShare) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param reductionShare the cut, not null
         */
        public RelativeReduction {
            Require.nonNull(reductionShare, "relative reduction share");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "relative-reduction";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Become climate neutral: emissions fall to a residual share of the baseline, the rest is offset or removed.
     *
     * @param residualShare the share of the baseline allowed to remain, not null
     * @since 0.1.0
     */
    record ClimateNeutral(Share residualShare) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param residualShare the residual share, not null
         */
        public ClimateNeutral {
            Require.nonNull(residualShare, "residual share");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "climate-neutral";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Reach net-zero emissions: gross emissions fall to a residual share of the baseline, balanced by removals.
     *
     * @param residualShare the share of the baseline allowed to remain, not null
     * @since 0.1.0
     */
    record NetZero(Share residualShare) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param residualShare the residual share, not null
         */
        public NetZero {
            Require.nonNull(residualShare, "residual share");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "net-zero";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Reach an intensity per resident, such as 1 tonne CO2e per resident.
     *
     * @param tonnesPerResident the intensity in tonnes CO2e per resident, not negative
     * @since 0.1.0
     */
    record PerCapitaIntensity(double tonnesPerResident) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param tonnesPerResident the intensity, not negative
         */
        public PerCapitaIntensity {
            Require.nonNegative(tonnesPerResident, "tonnes per resident");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "per-capita-intensity";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Keep emissions at or below a fixed level.
     *
     * @param tonnesCo2e the level in tonnes CO2e, not negative
     * @since 0.1.0
     */
    record FixedLevel(double tonnesCo2e) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param tonnesCo2e the level, not negative
         */
        public FixedLevel {
            Require.nonNegative(tonnesCo2e, "fixed level tonnes CO2e");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "fixed-level";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }

    /**
     * Cut emissions in the target year by a share below a business-as-usual projection, as many cities of the
     * Global Covenant of Mayors state their targets: the projection is not part of the target, so no path follows
     * from the target alone.
     *
     * @param reductionShare the cut below business as usual, not null
     * @since 0.1.0
     */
    record BusinessAsUsualReduction(Share reductionShare) implements TargetKind {
        /**
         * Creates the kind.
         *
         * @param reductionShare the cut, not null
         */
        public BusinessAsUsualReduction {
            Require.nonNull(reductionShare, "business-as-usual reduction share");
        }

        /** The name of this kind in documents: {@value}. */
        public static final String TYPE_NAME = "business-as-usual-reduction";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }
    }
}
