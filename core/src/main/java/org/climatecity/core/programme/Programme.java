package org.climatecity.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A climate-neutrality programme for cities, such as Viable Cities: its member cities with their periods of
 * membership, the published member counts, the participating agencies and the support it gives.
 *
 * <p>Immutable and thread-safe. Whether the member and agency ids name actors of the right kind, and whether the
 * periods of one member overlap, is checked when the whole {@link org.climatecity.core.document.ProgrammeDocument} is
 * validated.
 *
 * @param name the programme's name, not blank
 * @param office the programme office, or null
 * @param climateNeutralityYear the year the member cities aim to be climate neutral, 1900 to 2200
 * @param members the member cities' memberships, not null
 * @param publishedMemberCounts published member counts, for when not all members are named, not null
 * @param agencies the participating agencies' memberships, not null
 * @param support the funding and expert support the programme gives, not null
 * @param memberLevel the level of the places it admits as members and initiative leads: municipalities, or for a
 *     regional programme also regions (territories and regional authorities); null for municipalities only
 * @since 0.1.0
 */
public record Programme(String name, @Nullable ActorId office, int climateNeutralityYear, List<Membership> members,
        List<PublishedMemberCount> publishedMemberCounts, List<Membership> agencies, List<Support> support,
        @Nullable MemberLevel memberLevel) {

    /**
     * Creates a programme.
     *
     * @param name the name, not blank
     * @param office the programme office, or null
     * @param climateNeutralityYear the climate-neutrality year
     * @param members the memberships, not null
     * @param publishedMemberCounts the published counts, not null
     * @param agencies the agencies' memberships, not null
     * @param support the support given, not null
     * @param memberLevel the level of its members, or null for local
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public Programme {
        name = Require.text(name, "programme name");
        Require.year(climateNeutralityYear, "climate-neutrality year");
        members = Require.list(members, "members");
        publishedMemberCounts = Require.list(publishedMemberCounts, "published member counts");
        agencies = Require.list(agencies, "agencies");
        support = Require.list(support, "support");
    }

    /**
     * Creates a programme of municipalities.
     *
     * @param name the name, not blank
     * @param office the programme office, or null
     * @param climateNeutralityYear the climate-neutrality year
     * @param members the memberships, not null
     * @param publishedMemberCounts the published counts, not null
     * @param agencies the agencies' memberships, not null
     * @param support the support given, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public Programme(String name, @Nullable ActorId office, int climateNeutralityYear, List<Membership> members,
            List<PublishedMemberCount> publishedMemberCounts, List<Membership> agencies, List<Support> support) {
        this(name, office, climateNeutralityYear, members, publishedMemberCounts, agencies, support, null);
    }

    /**
     * Returns the level of the places it admits as members and initiative leads.
     *
     * @return the member level, {@link MemberLevel#LOCAL} when not given
     * @since 0.1.0
     */
    public MemberLevel admittedLevel() {
        return memberLevel == null ? MemberLevel.LOCAL : memberLevel;
    }

    /**
     * Returns the member cities known by name on a date, in the order of the document.
     *
     * @param date the date, not null
     * @return the ids of the members on that date
     */
    public List<ActorId> membersOn(LocalDate date) {
        return members.stream().filter(m -> m.activeOn(date)).map(Membership::member).distinct().toList();
    }

    /**
     * Returns the agencies participating on a date, in the order of the document.
     *
     * @param date the date, not null
     * @return the ids of the agencies on that date
     */
    public List<ActorId> agenciesOn(LocalDate date) {
        return agencies.stream().filter(m -> m.activeOn(date)).map(Membership::member).distinct().toList();
    }

    /**
     * Returns the latest published member count that holds on a date.
     *
     * @param date the date, not null
     * @return the latest count from on or before the date, or empty
     */
    public Optional<PublishedMemberCount> publishedCountOn(LocalDate date) {
        PublishedMemberCount latest = null;
        for (PublishedMemberCount count : publishedMemberCounts) {
            if (!count.from().isAfter(date) && (latest == null || count.from().isAfter(latest.from()))) {
                latest = count;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the number of member cities on a date: the published count that holds then, or the number of members
     * known by name, whichever is larger.
     *
     * <p>Viable Cities had 23 named members on 2024-11-30 and a published count of 48 from 2024-12-01, not all of
     * them named in the sources; this returns 23 and 48 for those dates.
     *
     * @param date the date, not null
     * @return the member count, not negative
     */
    public int memberCountOn(LocalDate date) {
        int named = membersOn(date).size();
        return publishedCountOn(date).map(c -> Math.max(c.count(), named)).orElse(named);
    }

    /**
     * Returns the support given to a recipient.
     *
     * @param recipient the recipient, not null
     * @return the support entries for that recipient, in document order
     */
    public List<Support> supportFor(ActorId recipient) {
        return support.stream().filter(s -> s.recipient().equals(recipient)).toList();
    }

    /**
     * Returns a builder of a programme, to which members, published member counts, agencies and support are
     * added one by one; by default it names no programme office.
     *
     * @param name the programme's name, not blank
     * @param climateNeutralityYear the year its cities aim to be climate neutral, 1900 to 2200
     * @return a new builder
     */
    public static Builder builder(String name, int climateNeutralityYear) {
        return new Builder(name, climateNeutralityYear);
    }

    /**
     * Builds a {@link Programme}. Not thread-safe; the programme it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String name;
        private final int climateNeutralityYear;
        private @Nullable ActorId office;
        private final List<Membership> members = new ArrayList<>();
        private final List<PublishedMemberCount> counts = new ArrayList<>();
        private final List<Membership> agencies = new ArrayList<>();
        private final List<Support> support = new ArrayList<>();
        private @Nullable MemberLevel memberLevel;

        private Builder(String name, int climateNeutralityYear) {
            this.name = name;
            this.climateNeutralityYear = climateNeutralityYear;
        }

        /**
         * Sets the programme office.
         *
         * @param value the office's actor id, not null
         * @return this builder
         */
        public Builder office(ActorId value) {
            this.office = value;
            return this;
        }

        /**
         * Sets the level of the places the programme admits as members and initiative leads.
         *
         * @param value the level, not null
         * @return this builder
         * @since 0.1.0
         */
        public Builder memberLevel(MemberLevel value) {
            this.memberLevel = Objects.requireNonNull(value, "memberLevel");
            return this;
        }

        /**
         * Adds a member city from a date on.
         *
         * @param member the city, not null
         * @param since the first day of membership, not null
         * @return this builder
         */
        public Builder member(ActorId member, LocalDate since) {
            members.add(Membership.since(member, since));
            return this;
        }

        /**
         * Adds a published member count, for members the sources count but do not name.
         *
         * @param from the first day the count holds, not null
         * @param count the number of members
         * @param publisher who published it, not blank; the count is recorded as reported by them
         * @return this builder
         */
        public Builder publishedMemberCount(LocalDate from, int count, String publisher) {
            return publishedMemberCount(from, count, Provenance.reported(DataSource.of(publisher,
                    "published member count")));
        }

        /**
         * Adds a published member count with its provenance.
         *
         * @param from the first day the count holds, not null
         * @param count the number of members
         * @param provenance where it was published, not null
         * @return this builder
         */
        public Builder publishedMemberCount(LocalDate from, int count, Provenance provenance) {
            counts.add(new PublishedMemberCount(from, count, Objects.requireNonNull(provenance, "provenance")));
            return this;
        }

        /**
         * Adds a participating national agency from a date on.
         *
         * @param agency the agency, not null
         * @param since the first day, not null
         * @return this builder
         */
        public Builder agency(ActorId agency, LocalDate since) {
            agencies.add(Membership.since(agency, since));
            return this;
        }

        /**
         * Adds support the programme gives.
         *
         * @param value the support, not null
         * @return this builder
         */
        public Builder support(Support value) {
            support.add(value);
            return this;
        }

        /**
         * Builds the programme.
         *
         * @return the programme
         * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
         */
        public Programme build() {
            return new Programme(name, office, climateNeutralityYear, members, counts, agencies, support,
                    memberLevel);
        }
    }
}
