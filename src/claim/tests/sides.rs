//! Sides: whose people a count is, victims and attackers, agents and targets.

use super::*;

#[test]
fn the_side_of_victims_from_the_words_around_them() {
    let cases = [
        (
            "Four Dutch soldiers and two civilians died.",
            "two",
            "Netherlands",
        ),
        (
            "At least 300 people in Khartoum were killed.",
            "At least 300",
            "Sudan",
        ),
        ("Russian strikes killed 14 in Kharkiv.", "14", "Ukraine"),
        (
            "Israel said Hamas gunmen stormed the border, killing 260 people at a festival.",
            "260",
            "Israel",
        ),
        (
            "The assault by Hamas on Israel that began last weekend has killed more than \
             1,300 people.",
            "more than 1,300",
            "Israel",
        ),
        (
            "In Gaza, 70 people were killed, according to the Palestinian Health Ministry.",
            "70",
            "Palestine",
        ),
        (
            "Three Gazans were killed in the strike.",
            "Three",
            "Palestine",
        ),
    ];
    for (t, m, side) in cases {
        let c = claims(t, "2023-10-12");
        assert_eq!(mention(t, &c, m).side.as_deref(), Some(side), "{t}");
    }
    // with no other party named, the attacker's one known adversary; a group with none
    // leaves the side blank
    let t = "Hamas gunmen killed 40 people.";
    let c = claims(t, "2023-10-12");
    assert_eq!(mention(t, &c, "40").side.as_deref(), Some("Israel"));
    let t = "Boko Haram gunmen killed 40 people.";
    let c = claims(t, "2023-10-12");
    assert_eq!(mention(t, &c, "40").side, None);
}

#[test]
fn origins_bodies_and_unknown_victims_take_a_side() {
    let cases = [
        (
            "Foreign nationals have been killed, including at least four people from France, \
             18 from Thailand and 10 from Nepal.",
            "18",
            "Thailand",
        ),
        (
            "Israel says it has killed at least six senior leaders of Hamas.",
            "at least six",
            "Hamas",
        ),
        (
            "An explosion killed hundreds at a Gaza City hospital.",
            "hundreds",
            "Palestine",
        ),
        (
            "Near Gaza, Hamas killed more than 250 revelers.",
            "more than 250",
            "Israel",
        ),
    ];
    for (t, m, side) in cases {
        let c = claims(t, "2023-10-12");
        assert_eq!(mention(t, &c, m).side.as_deref(), Some(side), "{t}");
    }
}

#[test]
fn states_appositives_and_hosted_refugees() {
    let t = "Israeli shells killed about 40 Palestinians sheltering in a UN school. \"We have \
             received around 50 people with injuries,\" a doctor said. Police said at least \
             three people, a man and two women, were killed. Yida is a camp of about 20,000 \
             refugees. Rescuers said 41 bodies had been brought in.";
    let c = claims(t, "2023-10-12");
    assert_eq!(mention(t, &c, "about 40").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "around 50").event, EventKind::Injure);
    assert_eq!(mention(t, &c, "at least three").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "about 20,000").event, EventKind::Host);
    assert_eq!(mention(t, &c, "41").event, EventKind::Kill);
}

#[test]
fn the_victims_of_an_attack_are_not_the_attackers_people() {
    // the object of an attack verb is its target, not its agent
    let t = "Russian troops attacked Ukraine on Friday, killing 40 civilians.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "40").side.as_deref(), Some("Ukraine"));
    // "X, whose assault … killed N"
    let t = "Talks stalled over Hamas, whose assault into Israel killed 300 people.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "300").side.as_deref(), Some("Israel"));
    // an attack named with its agent before the nearest party of a place
    let t = "An Israeli strike on a flat in Rafah, close to the Egypt crossing, killed 12 \
             people, Palestinian officials said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "12").side.as_deref(), Some("Palestine"));
    // a toll noun names no agent: the source speaks for its people
    let t = "Ukrainian officials put the toll at 90 people killed.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "90").side.as_deref(), Some("Ukraine"));
}

#[test]
fn the_agent_of_a_relative_clause_and_a_party_after_a_preposition() {
    // "X, which killed N": the relative stands for the party before it
    let t = "Ukraine vowed to strike back at Russia, which killed 25 people in the raid.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "25").side.as_deref(), Some("Ukraine"));
    let t = "Kyiv answered Russia's cross-border raid, which killed 25 people.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "25").side.as_deref(), Some("Ukraine"));
    // a party after a preposition is no agent ("the fence with Ukraine")
    let t = "After Russian troops broke through the fence with Ukraine and attacked two towns, \
             killing 30 people, the fighting spread.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "30").side.as_deref(), Some("Ukraine"));
}

#[test]
fn a_foreign_source_gives_no_side_to_the_people_of_another_country() {
    let t = "A strong quake struck Sumatra in Indonesia. The quake killed 10 people, the \
             U. S. Geological Survey said.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "10");
    assert_eq!(
        (q.source.as_deref(), q.side.as_deref()),
        (Some("US Geological Survey"), None)
    );
    // a source of the report's own country still gives its side
    let t = "Shelling hit Kharkiv overnight. Ten people were killed, Ukraine's interior ministry \
             said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "Ten").side.as_deref(), Some("Ukraine"));
}

#[test]
fn the_agent_after_a_counted_phrase_and_a_partitive_subject() {
    let t = "Leaders condemned the killing of 300 civilians by Russian forces.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "300").side.as_deref(), Some("Ukraine"));
    let t = "The strikes came after hundreds of Russian soldiers swept across the border with \
             Ukraine, killing 300 people.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "300").side.as_deref(), Some("Ukraine"));
}

#[test]
fn the_target_of_an_attack_after_the_count_and_a_relative_with_no_party() {
    let t = "More than 100 people were killed in a Russian assault on a Ukrainian village, a \
             spokesman said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "More than 100").side.as_deref(),
        Some("Ukraine")
    );
    // the relative stands for "a blast", no party: the party named before is no agent
    let t = "Russia and its ally Belarus faced protests over a blast at a hospital that killed \
             80 people.";
    let c = claims(t, "2024-01-02");
    assert_ne!(mention(t, &c, "80").side.as_deref(), Some("Ukraine"));
}

#[test]
fn the_side_from_a_place_the_sentence_names() {
    let cases = [
        // the place a relative "where" stands for, over an apposition after a comma
        (
            "Rescuers reached Ofakim, one of the worst-hit towns, where 50 people were killed.",
            "50",
            "Israel",
        ),
        (
            "Crowds gathered at the Kharkiv hospital where 12 died.",
            "12",
            "Ukraine",
        ),
        // a demonym before a noun of places, after a locative
        (
            "Gunmen rampaged through southern Nigerian villages, killing 40 people.",
            "40",
            "Nigeria",
        ),
        // where the nearest attack struck ("at" a place is left to the clause after it)
        (
            "Protests spread after a blast at a market in Kharkiv that killed 20 people.",
            "20",
            "Ukraine",
        ),
        // the place of origin after "of"
        (
            "About 100 residents of Kharkiv were killed.",
            "About 100",
            "Ukraine",
        ),
        // a gazetteer place near the count when the nearest name is unknown to it
        (
            "Crowds marched across the Middle East after a strike on a school in Kharkiv \
             that killed 30 people.",
            "30",
            "Ukraine",
        ),
    ];
    for (t, written, side) in cases {
        let c = claims(t, "2024-01-02");
        assert_eq!(mention(t, &c, written).side.as_deref(), Some(side), "{t}");
    }
}

#[test]
fn the_side_from_who_did_it_and_who_holds_them() {
    let cases = [
        // the one blamed for an attack is its agent, before a pronoun after "said"
        (
            "Officials blamed the strike on Russia and said it killed 14 people.",
            "14",
            "Ukraine",
        ),
        // the agent of a passive may follow a place in its clause
        (
            "Two fighters were killed in a field near the river by Ukrainian troops.",
            "Two",
            "Russia",
        ),
        // the object of the attack verb is the target
        (
            "Weeks after Russian troops raided Ukraine, killing 30, talks began.",
            "30",
            "Ukraine",
        ),
        // hostages belong to the party their holder fights
        (
            "Hezbollah said four of its hostages died in the bombing.",
            "four",
            "Israel",
        ),
        // a pronoun that opens the sentence is no speaker: the source's party
        (
            "They killed 40 villagers, Malian officials say.",
            "40",
            "Mali",
        ),
    ];
    for (t, written, side) in cases {
        let c = claims(t, "2024-01-02");
        assert_eq!(mention(t, &c, written).side.as_deref(), Some(side), "{t}");
    }
    // a belligerent's own voice counts its people even where the report is placed in the
    // country it fights
    let t = "In Israel, the army prepared for more. Hamas said 30 people were killed.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "30").side.as_deref(), Some("Palestine"));
    // a subordinate clause's agent is its own: "Biden" is not the attacker
    let t = "Mr. Biden arrived in Israel, hours after an explosion in Gaza killed dozens.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "dozens").side.as_deref(), Some("Palestine"));
}

#[test]
fn the_victims_of_a_natural_hazard_are_of_no_party_for_where_it_struck() {
    for (t, m) in [
        (
            "An earthquake which hit the Indonesian province of Aceh on Tuesday killed at \
             least one person and injured dozens.",
            "dozens",
        ),
        (
            "Rescuers are at work in Indonesia after a flood hit Aceh, leaving 24 dead.",
            "24",
        ),
        ("Floods killed 12 people in Kharkiv.", "12"),
    ] {
        let c = claims(t, "2013-07-03");
        assert_eq!(mention(t, &c, m).side, None, "{t}");
    }
    // a nationality in the counted phrase is still its side, and war keeps its sides
    let t = "The tsunami killed two Australians in Thailand.";
    let c = claims(t, "2013-07-03");
    assert_eq!(mention(t, &c, "two").side.as_deref(), Some("Australia"));
    let t = "Gunmen opened fire in Kharkiv, killing 12 people.";
    let c = claims(t, "2013-07-03");
    assert_eq!(mention(t, &c, "12").side.as_deref(), Some("Ukraine"));
}
