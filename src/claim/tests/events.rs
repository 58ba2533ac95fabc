//! Events and counted things: which verb or noun a count takes, partitives, tolls, and what
//! stays out.

use super::*;

#[test]
fn labour_strikes_are_no_attacks() {
    let t = "Hundreds of workers had been on strike in Belgrade. About 9,000 miners continued \
             their production strike. Jets carried out 12 strikes on Gaza.";
    let c = claims(t, "1987-03-02");
    assert_eq!(mention(t, &c, "Hundreds").event, EventKind::Other);
    assert_eq!(mention(t, &c, "About 9,000").event, EventKind::Other);
    assert_eq!(mention(t, &c, "12").event, EventKind::Attack);
}

#[test]
fn a_capitalised_number_word_inside_prose_is_a_name() {
    let t = "He told BBC Radio Five Live that 12 people had been killed. \
             Veterans of World War Two marched with the Group of Seven leaders.";
    let c = claims(t, "2005-02-01");
    let found: Vec<&str> = c.iter().map(|c| &t[c.start..c.end]).collect();
    assert_eq!(found, ["12"]);
    // a headline capitalises every word, and a sentence may start with its count
    let t = "Syria Attack Kills Five Turkish Soldiers\n\n\"Five soldiers were killed,\" he said.";
    let c = claims(t, "2020-02-10");
    assert_eq!(c.len(), 2);
    assert!(c.iter().all(|c| c.event == EventKind::Kill));
}

#[test]
fn a_count_with_a_predicate_of_its_own_takes_no_verb_before_it() {
    let t = "At least 300 people died and at least 4,000 are missing. \
             The quake killed 300 people and left 4,000 homeless.";
    let c = claims(t, "1987-03-07");
    let events: Vec<(&str, EventKind)> = c.iter().map(|c| (&t[c.start..c.end], c.event)).collect();
    assert_eq!(
        events,
        [
            ("At least 300", EventKind::Kill),
            ("at least 4,000", EventKind::Other),
            ("300", EventKind::Kill),
            ("4,000", EventKind::Displace)
        ]
    );
}

#[test]
fn an_unknown_class_keeps_only_a_verb_right_by_it() {
    let t = "The news sent the index down 63.51 points. \
             More than 100 server operators have been targeted.";
    let c = claims(t, "2005-02-01");
    assert_eq!(mention(t, &c, "63.51").event, EventKind::Other);
    assert_eq!(mention(t, &c, "More than 100").event, EventKind::Attack);
}

#[test]
fn a_part_of_a_counted_whole() {
    let t = "The military said it shot down 31 of 40 drones launched by Russia. \
             One of 5 soldiers died.";
    let c = claims(t, "2025-03-04");
    let part = mention(t, &c, "31");
    assert_eq!(
        (part.what.as_str(), part.event),
        ("drone", EventKind::Destroy)
    );
    let whole = mention(t, &c, "40");
    assert_eq!(
        (whole.what.as_str(), whole.event),
        ("drone", EventKind::Attack)
    );
    assert_eq!(mention(t, &c, "One").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "5").event, EventKind::Other);
}

#[test]
fn a_toll_far_before_its_number() {
    let t = "The death toll from Saturday's earthquake in western Nepal has climbed to 157, \
             officials said. The toll rose to 45, and 12 remain missing.";
    let c = claims(t, "2023-11-06");
    assert_eq!(mention(t, &c, "157").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "45").event, EventKind::Kill);
    assert!(c
        .iter()
        .all(|c| &t[c.start..c.end] != "12" || c.event != EventKind::Kill));
}

#[test]
fn a_clause_ends_at_the_reporting_words_after_a_count() {
    let t = "The floods have killed more than 1,000 people and affected 33 million, the \
             disaster agency said, though aid groups put the toll higher.";
    let c = claims(t, "2022-08-30");
    assert_eq!(mention(t, &c, "more than 1,000").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "33 million").event, EventKind::Other);
}

#[test]
fn people_counted_by_an_event_noun() {
    let t = "Police made 30 arrests. The crash caused 12 injuries and two deaths.";
    let c = claims(t, "2024-05-06");
    for (written, event) in [
        ("30", EventKind::Arrest),
        ("12", EventKind::Injure),
        ("two", EventKind::Kill),
    ] {
        let claim = mention(t, &c, written);
        assert_eq!((claim.what.as_str(), claim.event), ("person", event));
    }
}

#[test]
fn a_partitive_test_at_the_start_of_a_text_does_not_underflow() {
    // found by tests/properties.rs: the whole of a partitive looked one token before 0
    let _ = claims("three 700,000 soldiers", "2020-02-10");
    let _ = claims("of 5 soldiers", "2020-02-10");
}

#[test]
fn bare_counts_that_a_verb_of_people_governs() {
    let t = "Gunmen killed 31 and wounded more than 40. Dozens were killed. At least 12 are \
             dead. 27 were taken to hospital. Rescuers reached the 40 who escaped. At least 50 \
             reported injured. Dozens of others were seriously injured.";
    let c = claims(t, "2021-03-17");
    for (m, e) in [
        ("31", EventKind::Kill),
        ("more than 40", EventKind::Injure),
        ("Dozens", EventKind::Kill),
        ("At least 12", EventKind::Kill),
        ("27", EventKind::Injure),
        ("40", EventKind::Release),
        ("At least 50", EventKind::Injure),
    ] {
        let q = mention(t, &c, m);
        assert_eq!((q.what.as_str(), q.event), ("person", e), "{m}");
    }
    // a bare number with no verb of people counts no one: it is a figure of what rose
    let t = "The index rose 31 and fell 12. Shares of 40 firms rose.";
    let c = claims(t, "2021-03-17");
    let q = mention(t, &c, "31");
    assert_eq!((q.what.as_str(), q.event), ("number", EventKind::Measure));
    assert_eq!(q.concept.map(|s| &t[s.start..s.end]), Some("index"));
    // with nothing it measures named, it stays out
    let t = "He said it was 31, and left.";
    assert!(claims(t, "2021-03-17").is_empty());
}

#[test]
fn a_toll_reaches_its_figure_past_a_number_that_modifies() {
    let t = "The death toll from Tuesday's magnitude 6.8 quake rose to 1,240.";
    let c = claims(t, "2021-03-17");
    let q = mention(t, &c, "1,240");
    assert_eq!((q.what.as_str(), q.event), ("person", EventKind::Kill));
    let t = "The toll rose to 45, and 12 remain missing.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "45").event, EventKind::Kill);
    assert_ne!(mention(t, &c, "12").event, EventKind::Kill);
}

#[test]
fn definite_counts_of_people_and_lists_take_their_own_words() {
    let t = "Rescuers are trying to reach the 12 miners who remain trapped. The quake left 24 \
             people dead and 249 people injured. The town has a population of 120,000. Yida \
             is home to more than 22,000 refugees.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "12").event, EventKind::Other);
    assert_eq!(mention(t, &c, "24").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "249").event, EventKind::Injure);
    assert_eq!(mention(t, &c, "120,000").event, EventKind::Population);
    assert_eq!(mention(t, &c, "more than 22,000").event, EventKind::Host);
}

#[test]
fn a_capitalised_modifier_opening_a_line_is_no_name() {
    let t = "Quake hits Aceh\nAt least 12 people were killed and Three people died in a blaze.";
    let c = claims(t, "2021-03-17");
    assert!(
        c.iter().any(|c| &t[c.start..c.end] == "At least 12"),
        "{c:?}"
    );
    let t = "He spoke on BBC Radio Five Live about the 12 soldiers who were killed.";
    let c = claims(t, "2021-03-17");
    assert!(c.iter().all(|c| &t[c.start..c.end] != "Five"), "{c:?}");
}

#[test]
fn participles_demonym_heads_and_words_of_addition() {
    let t = "About 800 people have been killed in Israel and nearly 2,400 wounded. At least one \
             Palestinian was killed in the clashes. About 900 other Israelis were killed. \
             Israel hit a mosque in Gaza, killing dozens.";
    let c = claims(t, "2023-10-12");
    assert_eq!(mention(t, &c, "nearly 2,400").event, EventKind::Injure);
    let one = mention(t, &c, "At least one");
    assert_eq!(
        (one.event, one.side.as_deref()),
        (EventKind::Kill, Some("Palestine"))
    );
    assert_eq!(mention(t, &c, "About 900").side.as_deref(), Some("Israel"));
    assert_eq!(mention(t, &c, "dozens").event, EventKind::Kill);
}

#[test]
fn events_named_inside_the_phrase_or_after_an_order() {
    let t = "Authorities ordered 30,000 to evacuate on Monday. The 12 dead gunmen were \
             identified. At least 300 people were killed, among them 70 children.";
    let c = claims(t, "2023-10-15");
    assert_eq!(mention(t, &c, "30,000").event, EventKind::Displace);
    assert_eq!(mention(t, &c, "12").event, EventKind::Kill);
    assert_eq!(mention(t, &c, "70").event, EventKind::Kill);
}

#[test]
fn what_is_no_claim_stays_out() {
    let t = "The API report is usually released around 1700 EDT. Fewer children over the age \
             of 10 are attending classes. Halo 2 has been released in the US. The firm will \
             eliminate the 50 ct fee. Ian Gibson urged the two men to stop squabbling.\nNine mths\n\
             Shr 58 cts vs 15 cts";
    let c = claims(t, "2021-03-17");
    for m in ["around 1700", "2", "50", "two", "Nine"] {
        assert!(c.iter().all(|c| &t[c.start..c.end] != m), "{m}: {c:?}");
    }
    // an age is a figure of its own, never a count of children
    let age = mention(t, &c, "10");
    assert_eq!((age.what.as_str(), age.event), ("age", EventKind::Measure));
}

#[test]
fn headlines_strikes_and_sentence_openers() {
    let t = "Blast at Gaza Hospital Kills Hundreds\n\nFive Israeli airstrikes ripped through the \
             marketplace. While hundreds of thousands have fled south, the army advanced.";
    let c = claims(t, "2023-10-17");
    assert_eq!(mention(t, &c, "Hundreds").event, EventKind::Kill);
    let five = mention(t, &c, "Five");
    assert_eq!(
        (five.what.as_str(), five.event),
        ("airstrike", EventKind::Attack)
    );
    assert_eq!(
        mention(t, &c, "hundreds of thousands").event,
        EventKind::Displace
    );
}

#[test]
fn people_a_happening_reached() {
    let t = "The breach exposed 57 million. The floods affected 33 million, the agency said.";
    let c = claims(t, "2024-01-02");
    for m in ["57 million", "33 million"] {
        let q = mention(t, &c, m);
        assert_eq!(
            (q.what.as_str(), q.event),
            ("person", EventKind::Other),
            "{m}"
        );
    }
}

#[test]
fn a_vague_bound_and_a_place_before_the_verb_keep_a_bare_count() {
    // a vague bound's midpoint need not be whole: still a count
    let t = "The raid killed at least 80 people and wounded about 4,562, officials said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "about 4,562").event, EventKind::Injure);
    let t = "At least 30 people have been killed and more than 1,697 injured, officials said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "more than 1,697").event, EventKind::Injure);
    // a place between a bare count and its verb
    let t = "Since March, more than 2,700 in Kharkiv have died in the shelling.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "more than 2,700");
    assert_eq!(
        (q.event, q.side.as_deref()),
        (EventKind::Kill, Some("Ukraine"))
    );
}

#[test]
fn the_complement_of_an_attack_noun_is_no_antecedent() {
    let t = "Talks are unlikely, given a bombardment of Kharkiv that has killed 40 people.";
    let c = claims(t, "2024-01-02");
    assert_ne!(mention(t, &c, "40").side.as_deref(), Some("Russia"));
}

#[test]
fn money_of_a_happening_is_no_measurement() {
    let t = "Robbers made off with jewels worth 40 million euros (52 million dollars) from a shop \
             in Lyon. Police offered a $20,000 reward. The judge imposed a $5,000 fine. The storm \
             caused damage estimated at $3 billion. The bank's revenue rose to $5 billion. They \
             drank a fine wine worth $300. The fund is worth $2 million; thieves took nothing.";
    let c = claims(t, "2013-09-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("40 million euros"), EventKind::Other);
    assert_eq!(event("52 million dollars"), EventKind::Other);
    assert_eq!(event("$20,000"), EventKind::Other);
    assert_eq!(event("$5,000"), EventKind::Other);
    assert_eq!(event("$3 billion"), EventKind::Other);
    assert_eq!(event("$5 billion"), EventKind::Measure);
    assert_eq!(event("$300"), EventKind::Measure);
    assert_eq!(event("$2 million"), EventKind::Measure);
    // the amount keeps its unit and value
    let loot = mention(t, &c, "40 million euros");
    assert_eq!(
        (loot.quantity.unit.as_str(), loot.quantity.value),
        ("EUR", 40e6)
    );
}

#[test]
fn a_verb_that_names_an_event_only_with_its_noun() {
    let t = "The raiders took nearly 90 hostages and captured 40 hostages at the border. \
             Jets dropped six bombs on the market. At least three bombs were reportedly dropped \
             near the clinic. The flooding has claimed more than 300 lives. Sales dropped 12 \
             percent and the firm took 45 workers on.";
    let c = claims(t, "2024-05-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("nearly 90"), EventKind::Abduct);
    assert_eq!(event("40"), EventKind::Abduct);
    assert_eq!(event("six"), EventKind::Attack);
    assert_eq!(event("At least three"), EventKind::Attack);
    assert_eq!(event("more than 300"), EventKind::Kill);
    assert_eq!(event("12 percent"), EventKind::Measure);
    assert_ne!(event("45"), EventKind::Abduct);
}

#[test]
fn counts_listed_under_a_total_take_its_event() {
    let t = "The shelling killed 70 villagers, including 12 children and one woman. At least 400 \
             people have died, including 80 children, and 900 others have been wounded.";
    let c = claims(t, "2024-05-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("12"), EventKind::Kill);
    assert_eq!(event("one"), EventKind::Kill);
    assert_eq!(event("80"), EventKind::Kill);
    assert_eq!(event("900"), EventKind::Injure);
}

#[test]
fn the_verb_of_a_subject_past_coordinated_nouns_and_relative_clauses() {
    let t = "Over 500 soldiers and civilians have been killed. More than 90 people in Mosul \
             and Kirkuk, including six policemen, have died. Two men, who had sought \
             shelter in a mosque, died when it was hit. About 300 villagers who had sought \
             refuge there after the floods were counted. Dozens of gunmen stormed the town, \
             killing 40 residents. The bodies of 25 people were recovered.";
    let c = claims(t, "2024-05-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("Over 500"), EventKind::Kill);
    assert_eq!(event("More than 90"), EventKind::Kill);
    assert_eq!(event("Two"), EventKind::Kill);
    assert_eq!(event("About 300"), EventKind::Host);
    assert_eq!(event("Dozens"), EventKind::Other);
    assert_eq!(event("40"), EventKind::Kill);
    assert_eq!(event("25"), EventKind::Kill);
}

#[test]
fn hospital_missing_and_residents_wording() {
    let t = "The blast killed two guards and left three others missing. Nine people had \
             received treatment and 4 of whom remain critical. The town, which has about \
             80,000 residents, was shaken. Jets struck a camp of roughly 9,000 people.";
    let c = claims(t, "2024-05-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("two"), EventKind::Kill);
    assert_eq!(event("three"), EventKind::Other);
    assert_eq!(event("Nine"), EventKind::Injure);
    assert_eq!(event("about 80,000"), EventKind::Population);
    assert_eq!(event("roughly 9,000"), EventKind::Host);
}

#[test]
fn money_of_a_happening_keeps_a_definite_figure_and_a_year_is_no_object() {
    let t = "The bank has five days to pay the $3.5m fine. Six people linked to the bank were \
             jailed in 1983.";
    let c = claims(t, "2005-02-01");
    assert_eq!(mention(t, &c, "$3.5m").event, EventKind::Other);
    assert_eq!(mention(t, &c, "Six").event, EventKind::Arrest);
}

#[test]
fn hearsay_dashes_and_a_second_object_reach_the_verb() {
    let t = "At least 60 people were reported killed in the raid. About 90 miners were \
             believed to have been killed. More than 2,000 villagers -- mostly farmers -- have \
             been killed. The gunmen murdered 1,200 villagers and 30 police officers. A blast \
             that killed 1,400 people has changed the city.";
    let c = claims(t, "2024-05-02");
    let event = |m: &str| mention(t, &c, m).event;
    assert_eq!(event("At least 60"), EventKind::Kill);
    assert_eq!(event("About 90"), EventKind::Kill);
    assert_eq!(event("More than 2,000"), EventKind::Kill);
    assert_eq!(event("30"), EventKind::Kill);
    assert_eq!(event("1,400"), EventKind::Kill);
}
