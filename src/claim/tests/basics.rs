//! The core of claim extraction: what is counted, by whom, under which event, and what is
//! never a claim.

use super::*;
#[test]
fn object_and_subject_counts() {
    let t = "Rebel shelling killed 12 Dutch soldiers and wounded 30 others on Tuesday.";
    let c = claims(t, "2021-03-17");
    assert_eq!(c.len(), 2);
    let a = mention(t, &c, "12");
    assert_eq!(
        (a.what.as_str(), a.event, a.side.as_deref()),
        ("soldier", EventKind::Kill, Some("Netherlands"))
    );
    let b = mention(t, &c, "30");
    assert_eq!(
        (b.what.as_str(), b.event, b.side.as_deref()),
        ("soldier", EventKind::Injure, Some("Netherlands"))
    );
    assert_eq!(date(b).as_deref(), Some("2021-03-16"));
}

#[test]
fn passive_and_intransitive_subjects() {
    let t = "At least 40 civilians were killed and 12 police officers died in Kabul on Friday.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "At least 40");
    assert_eq!((a.what.as_str(), a.event), ("civilian", EventKind::Kill));
    assert!(a.quantity.high.is_infinite());
    let b = mention(t, &c, "12");
    assert_eq!((b.what.as_str(), b.event), ("police", EventKind::Kill));
    assert_eq!(b.place.as_deref(), Some("Kabul"));
    assert_eq!(date(b).as_deref(), Some("2021-03-12"));
}

#[test]
fn partitive_possessive_takes_the_owner() {
    let t = "France said that three of its soldiers were wounded near the town of Menaka.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "three");
    assert_eq!(
        (a.what.as_str(), a.event, a.side.as_deref()),
        ("soldier", EventKind::Injure, Some("France"))
    );
    assert_eq!(a.source.as_deref(), Some("France"));
    assert_eq!(a.place.as_deref(), Some("Menaka"));
}

#[test]
fn anaphora_takes_the_class_of_the_count_before() {
    let t = "The navy fired on 20 Iranian boats and sank six of them.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "six");
    assert_eq!(
        (a.what.as_str(), a.event, a.side.as_deref()),
        ("ship", EventKind::Destroy, Some("Iran"))
    );
}

#[test]
fn breakdowns_share_the_frame_of_their_total() {
    let t = "Monitors said 9 Iraqi soldiers were killed in three provinces: five in Anbar, four in Diyala.";
    let c = claims(t, "2021-03-17");
    let five = mention(t, &c, "five");
    assert_eq!(
        (five.what.as_str(), five.event, five.side.as_deref()),
        ("soldier", EventKind::Kill, Some("Iraq"))
    );
    assert_eq!(five.place.as_deref(), Some("Anbar"));
    assert_eq!(mention(t, &c, "four").place.as_deref(), Some("Diyala"));
}

#[test]
fn sources_are_canonical_and_resolved_back() {
    let t = "Kenya's defence ministry said 15 militants were killed. The ministry said 4 soldiers were injured. “We lost 2 vehicles,” the official added.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "15");
    assert_eq!(a.source.as_deref(), Some("Kenyan Ministry of Defense"));
    assert_eq!(a.source_party.as_deref(), Some("Kenya"));
    let b = mention(t, &c, "4");
    assert_eq!(b.source.as_deref(), Some("Kenyan Ministry of Defense"));
    assert_eq!(
        &t[b.source_span.unwrap().start..b.source_span.unwrap().end],
        "The ministry"
    );
}

#[test]
fn according_to_and_inverted_said() {
    let t = "Nearly 5,000 people have fled, according to the UN refugee agency. About 300 homes were destroyed, said John Ortega, a local official.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "Nearly 5,000");
    assert_eq!((a.what.as_str(), a.event), ("person", EventKind::Displace));
    assert!(
        a.source
            .as_deref()
            .is_some_and(|s| s.contains("UNHCR") || s.contains("Refugee")),
        "{:?}",
        a.source
    );
    let b = mention(t, &c, "About 300");
    assert_eq!((b.what.as_str(), b.event), ("home", EventKind::Destroy));
    assert_eq!(b.source.as_deref(), Some("John Ortega"));
}

#[test]
fn hedges_and_disclaimers() {
    let t = "The group claimed it had killed 30 soldiers. The figure could not be independently verified. Officials said 4 people died.";
    let c = claims(t, "2021-03-17");
    assert!(mention(t, &c, "30").hedged);
    assert!(!mention(t, &c, "4").hedged);
    let t = "Rebels said 20 soldiers were killed. It was not possible to verify the claim.";
    assert!(claims(t, "2021-03-17")[0].hedged);
}

#[test]
fn elliptic_counts_take_the_event_after_them() {
    let t =
        "At least 23 people were killed and 50 wounded in a blast near the border town of Kalmar.";
    let c = claims(t, "2021-03-17");
    let b = mention(t, &c, "50");
    assert_eq!((b.what.as_str(), b.event), ("person", EventKind::Injure));
    assert_eq!(b.place.as_deref(), Some("Kalmar"));
    let t = "\"We lost 30 men,\" a commander told reporters. He said another 12 were missing.";
    let c = claims(t, "2021-03-17");
    let b = mention(t, &c, "12");
    assert_eq!(
        (b.what.as_str(), b.source.as_deref()),
        ("man", Some("commander"))
    );
}

#[test]
fn people_counted_by_what_befell_them() {
    let t = "The blast left 30 dead and 50 wounded in Kandahar. Officials put the number of dead at 34.";
    let c = claims(t, "2021-03-17");
    assert_eq!(
        (
            mention(t, &c, "30").what.as_str(),
            mention(t, &c, "30").event
        ),
        ("person", EventKind::Kill)
    );
    assert_eq!(mention(t, &c, "50").event, EventKind::Injure);
    assert_eq!(mention(t, &c, "34").event, EventKind::Kill);
    let t = "A bomber killed 15 people and wounded dozens at a mosque in Quetta.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "dozens").event, EventKind::Injure);
    let t = "Air strikes killed 14 civilians in Yemen's Hodeidah province.";
    assert_eq!(
        claims(t, "2021-03-17")[0].place.as_deref(),
        Some("Hodeidah")
    );
}

#[test]
fn dotted_party_names_and_sources_with_in() {
    let t = "The Pentagon said 2,500 U.S. troops were deployed. The Health Ministry in Gaza said 24 people were killed.";
    let c = claims(t, "2021-03-17");
    let a = mention(t, &c, "2,500");
    assert_eq!(
        (a.what.as_str(), a.side.as_deref()),
        ("soldier", Some("United States"))
    );
    let b = mention(t, &c, "24");
    assert_eq!(
        &t[b.source_span.unwrap().start..b.source_span.unwrap().end],
        "The Health Ministry in Gaza"
    );
}

#[test]
fn magnitudes_are_measures_and_event_years_date() {
    let t = "A magnitude-6.1 earthquake struck on Tuesday, killing five people. The 2004 tsunami that killed about 230,000 people was triggered by a massive 9.1-magnitude quake.";
    let c = claims(t, "2013-07-03");
    let written: Vec<&str> = c.iter().map(|c| &t[c.start..c.end]).collect();
    assert_eq!(
        written,
        ["magnitude-6.1", "five", "about 230,000", "9.1-magnitude"]
    );
    for m in ["magnitude-6.1", "9.1-magnitude"] {
        let q = mention(t, &c, m);
        assert_eq!(
            (q.what.as_str(), q.event),
            ("magnitude", EventKind::Measure)
        );
        assert_eq!(q.quantity.unit, "magnitude");
    }
    let t2 = "Two quakes, measuring 7.6 and 7.4, struck. A quake with a magnitude of 5.9 hit; \
              another registered 6.1 on the Richter scale. The rate was 7.5 percent.";
    let c2 = claims(t2, "2013-07-03");
    for m in ["7.6", "7.4", "5.9", "6.1 on the Richter scale"] {
        assert_eq!(mention(t2, &c2, m).what, "magnitude", "{m}");
    }
    assert_ne!(mention(t2, &c2, "7.5 percent").what, "magnitude");
    assert_eq!(
        date(mention(t, &c, "about 230,000")).as_deref(),
        Some("2004-01-01..2004-12-31")
    );
    let t = "A landslide killed one man, said the official who uses one name.";
    let c = claims(t, "2013-07-03");
    assert_eq!(
        (c[0].event, c[1].event),
        (EventKind::Kill, EventKind::Other)
    );
}

#[test]
fn an_event_must_fit_what_is_counted() {
    let t = "Ray Charles, who died in June 2004, has seven posthumous nominations. Mourinho's team are chasing three trophies after an injury.";
    let c = claims(t, "2005-02-01");
    assert!(c.iter().all(|c| c.event == EventKind::Other), "{c:?}");
    let t = "Fans remembered the disaster, where 96 supporters died.";
    assert_eq!(claims(t, "2005-02-01")[0].event, EventKind::Kill);
}

#[test]
fn amounts_and_levels_are_measures_territory_is_captured() {
    let t = "Exports fell to 2.51 billion dlrs last year. Output fell to 5,298 tonnes. \
             The bank seized 40 pct of the market. The army recaptured 600 square kilometres. \
             Two towns fell to the rebels.";
    let c = claims(t, "1987-03-02");
    for written in ["2.51 billion dlrs", "5,298 tonnes", "40 pct"] {
        assert_eq!(
            mention(t, &c, written).event,
            EventKind::Measure,
            "{written}"
        );
    }
    assert_eq!(
        mention(t, &c, "600 square kilometres").event,
        EventKind::Capture
    );
    assert_eq!(mention(t, &c, "Two").event, EventKind::Capture);
    // "fell to" counts what stands before it, never the level after it
    let t = "Its car sales fell to 2,145 vehicles from 3,342.";
    let c = claims(t, "1987-03-02");
    assert_eq!(mention(t, &c, "2,145").event, EventKind::Other);
}

#[test]
fn a_toll_takes_the_class_of_its_paragraph_only() {
    let t = "Two police officers were killed in the raid.\n\nThe death toll from the floods rose to 45.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "45").what, "person");
}

#[test]
fn a_disclaimer_with_a_claim_of_its_own_doubts_only_itself() {
    let t = "Floods displaced 2,000 people. The army said it destroyed 12 tanks, a claim that could not be verified.";
    let c = claims(t, "2021-03-17");
    assert!(!mention(t, &c, "2,000").hedged);
    assert!(mention(t, &c, "12").hedged);
}

#[test]
fn a_verb_outside_the_lexicon_governs_its_object() {
    let t = "Police said they had questioned 14 hostages and killed five gunmen.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "14").event, EventKind::Other);
    assert_eq!(mention(t, &c, "five").event, EventKind::Kill);
}

#[test]
fn people_abducted_freed_and_gathered_have_classes_of_their_own() {
    let t = "Police said they had rescued 14 hostages and killed five gunmen. Gunmen kidnapped \
             30 students on Monday. About 20,000 people marched through the capital.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "14").event, EventKind::Release);
    assert_eq!(mention(t, &c, "30").event, EventKind::Abduct);
    assert_eq!(mention(t, &c, "About 20,000").event, EventKind::Gather);
}

#[test]
fn a_users_lexicon_adds_an_event_class() {
    let mut lexicon = Lexicon::builtin().clone();
    lexicon
        .extend_toml("[events.protest]\nverbs = [\"picketed\"]\n")
        .unwrap();
    let t = "Some 300 workers picketed the plant.";
    let c = extract(t, day("2021-03-17"), &lexicon);
    assert_eq!(mention(t, &c, "Some 300").event.as_str(), "protest");
    assert!(Lexicon::builtin()
        .clone()
        .extend_toml("[events.Bad-Name]\nverbs = [\"x\"]\n")
        .is_err());
}

#[test]
fn references_back_by_kind_and_armed_forces_as_their_military() {
    let t = "Air strikes killed 17 people in rebel-held areas of Homs, the Syrian Observatory for Human Rights said. The British-based monitor said six children were among the dead. The Syrian army said it had retaken 20 villages.";
    let c = claims(t, "2016-09-28");
    assert_eq!(mention(t, &c, "17").place.as_deref(), Some("Homs"));
    assert_eq!(
        mention(t, &c, "six").source.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );
    assert_eq!(
        mention(t, &c, "20").source.as_deref(),
        Some("Syrian military")
    );
    let t = "Hezbollah has sent 5,000 fighters to Syria. Two Hezbollah commanders were killed, the group said.";
    let c = claims(t, "2016-09-28");
    assert_eq!(mention(t, &c, "5,000").side.as_deref(), Some("Hezbollah"));
    assert_eq!(mention(t, &c, "Two").source.as_deref(), Some("Hezbollah"));
}

#[test]
fn relative_days_anchor_on_the_event() {
    let t =
        "Gunmen killed six villagers on Saturday. A week earlier, an attack killed nine farmers.";
    let c = claims(t, "2021-03-15");
    assert_eq!(date(mention(t, &c, "six")).as_deref(), Some("2021-03-13"));
    assert_eq!(date(mention(t, &c, "nine")).as_deref(), Some("2021-03-06"));
}

#[test]
fn standing_facts_have_no_day() {
    let t = "Jordan already hosts about 1.3 million Syrian refugees.";
    let c = claims(t, "2021-03-15");
    let a = mention(t, &c, "about 1.3 million");
    assert_eq!(
        (a.what.as_str(), a.event, a.side.as_deref()),
        ("refugee", EventKind::Host, Some("Syria"))
    );
    assert!(a.quantity.approx);
    assert_eq!(a.date, None);
}

#[test]
fn years_dates_times_roads_and_ordinals_are_never_claims() {
    let t = "In 2019, on March 3 at 10:30 p.m., the M5 highway saw its 3rd attack; a 25-year-old man, 25, was hurt.";
    let c = claims(t, "2021-03-15");
    for claim in &c {
        let m = &t[claim.start..claim.end];
        assert!(
            !["2019", "3", "10:30", "M5", "3rd", "25"].contains(&m),
            "{m} became a claim"
        );
    }
}

#[test]
fn bare_numbers_and_definite_pairs_are_not_claims() {
    let t = "The two sides met again. He said it was one of the largest. The 12000 block of Main Street was closed.";
    assert!(claims(t, "2021-03-15").is_empty());
}

#[test]
fn offsets_point_into_the_original_typography() {
    let t = "It hit what it said were ‘‘115 regime targets,’’ — and “neutralized” 101 troops.";
    let c = claims(t, "2021-03-15");
    assert_eq!(&t[c[0].start..c[0].end], "115");
    assert_eq!(&t[c[1].start..c[1].end], "101");
    let counted = c[0].counted.unwrap();
    assert_eq!(&t[counted.start..counted.end], "regime targets");
}

#[test]
fn hostile_input_does_not_panic() {
    let lex = Lexicon::builtin();
    let mut s = String::new();
    for i in 0..3000 {
        s.push_str(
            [
                "5 of them ",
                "said ",
                "the ministry ",
                "‘‘",
                "— ",
                "Monday ",
                "of its ",
                ",",
                "killed ",
            ][i % 9],
        );
    }
    let _ = extract(&s, None, lex);
    let _ = extract("", None, lex);
    let _ = extract("5", day("2020-01-01"), lex);
    let _ = extract(" date 2020-02-10", None, lex);
    let _ = extract("\u{0}\u{FEFF}’’5’’", None, lex);
    let _ = extract(
        "Five soldiers were killed in Province 5 and in The.",
        None,
        lex,
    );
}

#[test]
fn counts_that_news_style_hides() {
    // one of a group whom a verb of people befalls; "one of the deadliest" picks, not counts
    let t = "One of his nephews had been killed in one of the deadliest raids, his brother said.";
    let c = claims(t, "2024-03-02");
    assert_eq!(c.len(), 1);
    assert_eq!(mention(t, &c, "One").event, EventKind::Kill);
    // people taken in a passive; a second size in commas after a word of doubt
    let t = "Colonel Levi said two were captured and five were killed on Wednesday.";
    let c = claims(t, "2024-03-02");
    let two = mention(t, &c, "two");
    assert_eq!(
        (two.what.as_str(), two.event),
        ("person", EventKind::Capture)
    );
    let t = "Rescuers said dozens, possibly hundreds, had been killed in the village.";
    let c = claims(t, "2024-03-02");
    assert_eq!(mention(t, &c, "hundreds").event, EventKind::Kill);
    // modifiers joined before one head; a demonstrative before the noun of a partitive
    let t = "Several medical and aid workers were killed in the strike.";
    let c = claims(t, "2024-03-02");
    let several = mention(t, &c, "Several");
    assert_eq!(several.event, EventKind::Kill);
    let counted = several.counted.expect("a counted phrase");
    assert_eq!(&t[counted.start..counted.end], "medical and aid workers");
    let t = "The army said it had killed close to 900 of those fighters.";
    let c = claims(t, "2024-03-02");
    let fighters = mention(t, &c, "close to 900");
    assert_eq!(
        (fighters.what.as_str(), fighters.event),
        ("fighter", EventKind::Kill)
    );
    // members of a religious community are people
    let t = "At least 16 Christians were killed when the church was hit.";
    let c = claims(t, "2024-03-02");
    let christians = mention(t, &c, "At least 16");
    assert_eq!(
        (christians.what.as_str(), christians.event),
        ("person", EventKind::Kill)
    );
    // a number word glued to a heading run into its text
    let t = "NorwayThree Norwegians were killed and two are missing, the ministry said.";
    let c = claims(t, "2024-03-02");
    let three = mention(t, &c, "Three");
    assert_eq!(
        (three.event, three.side.as_deref()),
        (EventKind::Kill, Some("Norway"))
    );
    assert_eq!(mention(t, &c, "two").side.as_deref(), Some("Norway"));
}

#[test]
fn ages_in_commas_and_numbers_of_a_list_are_no_counts() {
    let t = "Mr. Dahan, 25, said eight soldiers died.4. Ms. Cohen, his mother, 61, wept.";
    let c = claims(t, "2024-03-02");
    let age = mention(t, &c, "25");
    assert_eq!((age.what.as_str(), age.event), ("age", EventKind::Measure));
    assert_eq!(mention(t, &c, "61").what, "age");
    assert_eq!(mention(t, &c, "eight").event, EventKind::Kill);
    assert!(c.iter().all(|c| &t[c.start..c.end] != "4"));
}
