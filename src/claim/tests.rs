//! Claim extraction on sentences of our own making and on the seed corpus.

use super::*;

fn day(s: &str) -> Option<Day> {
    Day::parse_iso(s)
}

fn claims(text: &str, published: &str) -> Vec<ClaimFrame> {
    extract(text, day(published), Lexicon::builtin())
}

fn mention<'a>(text: &str, c: &'a [ClaimFrame], written: &str) -> &'a ClaimFrame {
    c.iter()
        .find(|c| &text[c.start..c.end] == written)
        .unwrap_or_else(|| {
            panic!(
                "no claim {written:?} in {:?}",
                c.iter().map(|c| &text[c.start..c.end]).collect::<Vec<_>>()
            )
        })
}

fn date(c: &ClaimFrame) -> Option<String> {
    c.date.map(|d| {
        if d.from == d.to {
            d.from.to_string()
        } else {
            format!("{}..{}", d.from, d.to)
        }
    })
}

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

mod seeds {
    //! The five seed reports: the behaviours their README lists.
    use super::*;

    const DOCS: [(&str, &str); 5] = [
        (
            include_str!("../../python/crosscheck/data/idlib-2020/000.txt"),
            "2020-02-10",
        ),
        (
            include_str!("../../python/crosscheck/data/idlib-2020/001.txt"),
            "2020-02-10",
        ),
        (
            include_str!("../../python/crosscheck/data/idlib-2020/002.txt"),
            "2020-02-10",
        ),
        (
            include_str!("../../python/crosscheck/data/idlib-2020/003.txt"),
            "2020-02-03",
        ),
        (
            include_str!("../../python/crosscheck/data/idlib-2020/004.txt"),
            "2020-02-03",
        ),
    ];

    /// The claim whose mention is `written` in the sentence containing `context`.
    fn find(doc: usize, written: &str, context: &str) -> ClaimFrame {
        let (text, published) = DOCS[doc];
        let c = extract(text, day(published), Lexicon::builtin());
        c.into_iter()
            .find(|c| {
                &text[c.start..c.end] == written
                    && text[c.sentence.start..c.sentence.end].contains(context)
            })
            .unwrap_or_else(|| panic!("doc {doc}: no claim {written:?} near {context:?}"))
    }

    fn frame(c: &ClaimFrame) -> (&str, &str, Option<&str>, Option<String>) {
        (
            c.what.as_str(),
            c.event.as_str(),
            c.side.as_deref(),
            date(c),
        )
    }

    #[test]
    fn the_two_attacks_on_turkish_soldiers() {
        let feb3 = Some("2020-02-03".to_owned());
        let feb10 = Some("2020-02-10".to_owned());
        assert_eq!(
            frame(&find(0, "five", "killed five Turkish soldiers")),
            ("soldier", "kill", Some("Turkey"), feb10.clone())
        );
        assert_eq!(
            frame(&find(0, "eight", "a previous round")),
            ("personnel", "kill", Some("Turkey"), feb3.clone())
        );
        assert_eq!(
            frame(&find(0, "seven", "Saraqeb")),
            ("soldier", "kill", Some("Turkey"), feb3.clone())
        );
        assert_eq!(
            frame(&find(2, "eight", "a week earlier")),
            ("soldier", "kill", Some("Turkey"), feb3.clone())
        );
        assert_eq!(
            frame(&find(2, "five", "five of its soldiers")),
            ("soldier", "kill", Some("Turkey"), feb10.clone())
        );
        assert_eq!(
            frame(&find(4, "eight", "accusing Damascus")),
            ("personnel", "kill", Some("Turkey"), feb3.clone())
        );
        assert_eq!(
            frame(&find(3, "Five", "Five Turkish soldiers")),
            ("soldier", "kill", Some("Turkey"), feb3)
        );
    }

    #[test]
    fn the_retaliation() {
        let a = find(0, "A hundred and one", "troops loyal");
        assert_eq!(frame(&a).0, "soldier");
        assert_eq!(a.side.as_deref(), Some("Syria"));
        assert_eq!(a.source.as_deref(), Some("Turkish Ministry of Defense"));
        let b = find(1, "101", "destroyed 101 of them");
        assert_eq!(
            (b.what.as_str(), b.event.as_str(), b.side.as_deref()),
            ("target", "destroy", Some("Syria"))
        );
        let c = find(2, "101", "neutralized");
        assert_eq!(
            (c.what.as_str(), c.event.as_str(), c.side.as_deref()),
            ("soldier", "kill", Some("Syria"))
        );
        assert!(
            c.hedged,
            "the next sentence says the claim could not be verified"
        );
        let d = find(0, "115", "regime targets");
        assert_eq!(
            (d.what.as_str(), d.event.as_str(), d.side.as_deref()),
            ("target", "attack", Some("Syria"))
        );
    }

    #[test]
    fn sources_under_many_spellings_are_one() {
        let spellings = [
            find(0, "five", "killed five Turkish soldiers"),
            find(1, "five", "five soldiers were killed"),
            find(3, "13", "13 Syrian soldiers"),
            find(2, "689,000", "displaced"),
        ];
        assert_eq!(
            spellings[0].source.as_deref(),
            Some("Turkish Ministry of Defense")
        );
        assert_eq!(
            spellings[1].source.as_deref(),
            Some("Turkish Ministry of Defense")
        );
        assert_eq!(
            spellings[2].source.as_deref(),
            Some("Syrian Observatory for Human Rights")
        );
        assert_eq!(spellings[3].source.as_deref(), Some("David Swanson"));
    }

    #[test]
    fn refugees_displaced_and_the_revised_toll() {
        let r = find(1, "3.6 million", "taken in");
        assert_eq!(
            (r.what.as_str(), r.event.as_str(), r.side.as_deref(), r.date),
            ("refugee", "host", Some("Syria"), None)
        );
        let r = find(0, "roughly 4 million", "hosts");
        assert_eq!((r.what.as_str(), r.event.as_str()), ("refugee", "host"));
        let d = find(2, "nearly 700,000", "fled");
        assert_eq!((d.what.as_str(), d.event.as_str()), ("person", "displace"));
        let four = find(4, "four", "four of its soldiers");
        assert_eq!(
            frame(&four),
            ("soldier", "kill", Some("Turkey"), Some("2020-02-03".into()))
        );
        let eight = find(4, "eight", "death toll");
        assert_eq!(
            (eight.event.as_str(), eight.side.as_deref()),
            ("kill", Some("Turkey"))
        );
        let dozens = find(4, "dozens", "dozens of Syrian soldiers");
        assert_eq!(dozens.source.as_deref(), Some("Turkish government"));
        assert!(find(4, "five", "initially said").hedged);
    }

    #[test]
    fn places_of_the_events() {
        assert_eq!(
            find(0, "five", "Taftanaz").place.as_deref(),
            Some("Taftanaz")
        );
        // a gazetteer place is reported by its canonical name, so that spellings meet
        assert_eq!(
            find(0, "seven", "Saraqeb").place.as_deref(),
            Some("Saraqib")
        );
        assert_eq!(
            find(3, "eight", "eight in Idlib").place.as_deref(),
            Some("Idlib")
        );
    }

    #[test]
    fn no_claim_is_a_year_a_time_or_a_road() {
        for (text, published) in DOCS {
            for c in extract(text, day(published), Lexicon::builtin()) {
                let m = &text[c.start..c.end];
                assert!(
                    !["2018", "2016", "2019", "2012", "10:27", "1:13", "M5"].contains(&m),
                    "{m}"
                );
            }
        }
    }
}

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
fn a_source_is_a_noun_phrase_not_a_verb_phrase() {
    let t = "He would not discuss reports the party paid 500 officials. \
             The ministry would later say 40 soldiers died.";
    let c = claims(t, "2005-02-01");
    assert_eq!(mention(t, &c, "500").source, None);
    let forty = mention(t, &c, "40");
    let span = forty.source_span.expect("a source span");
    assert_eq!(&t[span.start..span.end], "The ministry");
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
fn a_source_after_said_keeps_its_initials() {
    let t = "Five soldiers were killed, said E.F. Hutton analyst Bernard Sosnick.";
    let c = claims(t, "1987-03-07");
    let span = c[0].source_span.expect("a source");
    assert_eq!(
        &t[span.start..span.end],
        "E.F. Hutton analyst Bernard Sosnick"
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
fn the_target_of_an_attack_is_its_place() {
    let t = "Israeli airstrikes on Rafah killed 22 Palestinians. Attacks on Monday killed \
             3 people.";
    let c = claims(t, "2024-05-06");
    assert_eq!(mention(t, &c, "22").place.as_deref(), Some("Rafah"));
    assert_eq!(mention(t, &c, "3").place, None);
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
fn the_speaker_and_where_the_speaker_is() {
    let t = "Five people were killed in Idlib, officials in Damascus said.";
    let c = claims(t, "2020-02-10");
    let five = mention(t, &c, "Five");
    assert_eq!(five.place.as_deref(), Some("Idlib"));
    let span = five.source_span.expect("a source");
    assert_eq!(&t[span.start..span.end], "officials");
    // "we" inside a quotation is its speaker, named where the quotation is attributed
    let t = "\"We have counted 63 bodies,\" a hospital director in Khartoum told AFP.";
    let c = claims(t, "2023-05-06");
    let span = mention(t, &c, "63").source_span.expect("a source");
    assert_eq!(&t[span.start..span.end], "a hospital director");
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
fn a_day_is_stated_from_context_or_estimated_from_publication() {
    let t = "Gunmen killed five people on Monday, police said Wednesday. Two more died.";
    let c = claims(t, "2021-03-17");
    let five = mention(t, &c, "five");
    assert_eq!(date(five).as_deref(), Some("2021-03-15"));
    assert_eq!(five.date_basis, DateBasis::Stated);
    let t = "Police said Wednesday that gunmen killed five people.";
    let c = claims(t, "2021-03-17");
    let five = mention(t, &c, "five");
    assert_eq!(five.date_basis, DateBasis::Published);
    assert_eq!(date(five).as_deref(), Some("2021-03-16..2021-03-17"));
    let t = "The country hosts 3.6 million refugees.";
    let c = claims(t, "2021-03-17");
    assert_eq!(c[0].date_basis, DateBasis::None);
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
fn one_name_for_one_voice() {
    let t = "The quake killed 12 people, said disaster agency spokesman Sutopo Purwo Nugroho. \
             Nugroho said 30 were injured. Governor Abraham Atururi said 5 soldiers died. \
             Mr Atururi said 4 more were missing.";
    let c = claims(t, "2021-03-17");
    let sources: Vec<_> = c.iter().map(|c| c.source.as_deref()).collect();
    assert_eq!(
        sources,
        [
            Some("Sutopo Purwo Nugroho"),
            Some("Sutopo Purwo Nugroho"),
            Some("Abraham Atururi"),
            Some("Abraham Atururi")
        ]
    );
    // an institution of a place, however it is written
    let t = "The region's health bureau said 80 people were killed. The health bureau there \
             later said 92 had died. Health officials in Tigray said 95 were dead. The Tigray \
             health bureau said 96 had died.";
    let c = claims(t, "2021-03-17");
    assert!(
        c.iter()
            .all(|c| c.source.as_deref() == Some("Tigray Ministry of Health")),
        "{:?}",
        c.iter().map(|c| &c.source).collect::<Vec<_>>()
    );
    // a role refers back to the person named last
    let t = "\"One child died,\" Ema Suryani, a doctor at a clinic, told AFP. \"We have \
             received 50 people with injuries,\" added the doctor.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "50").source.as_deref(), Some("Ema Suryani"));
}

#[test]
fn attributions_and_hedges_keep_to_their_clause() {
    let t = "Police said 12,000 marched, while the union claimed 80,000.";
    let c = claims(t, "2021-03-17");
    let (police, union) = (mention(t, &c, "12,000"), mention(t, &c, "80,000"));
    assert_eq!(police.source.as_deref(), Some("Police"));
    assert_eq!(union.source.as_deref(), Some("union"));
    assert_eq!(
        (police.event, union.event),
        (EventKind::Gather, EventKind::Gather)
    );
    assert!(!police.hedged && union.hedged);
    let t = "The army killed 300 fighters, while the militants are thought to have seized 40 \
             more.";
    let c = claims(t, "2021-03-17");
    assert!(!mention(t, &c, "300").hedged);
    assert!(mention(t, &c, "40").hedged);
    let t = "At least 40 people died, according to an independent count by the Syrian \
             Observatory for Human Rights. The United Nations put the number of dead at 300. \
             The Israeli military accused Hamas of killing 260 people.";
    let c = claims(t, "2021-03-17");
    assert_eq!(
        mention(t, &c, "At least 40").source.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );
    assert_eq!(
        mention(t, &c, "300").source.as_deref(),
        Some("United Nations")
    );
    assert_eq!(
        mention(t, &c, "260").source.as_deref(),
        Some("Israeli military")
    );
}

#[test]
fn places_whole_nearest_and_of_the_host() {
    let t = "Bombs killed 40 in Mosul and at least 25 in Kirkuk. Police said 12,000 people \
             marched near the Place de la Nation. Turkey, which has taken in 3.6 million \
             refugees, fears a new wave.";
    let c = claims(t, "2021-03-17");
    assert_eq!(mention(t, &c, "40").place.as_deref(), Some("Mosul"));
    assert_eq!(
        mention(t, &c, "at least 25").place.as_deref(),
        Some("Kirkuk")
    );
    assert_eq!(
        mention(t, &c, "12,000").place.as_deref(),
        Some("Place de la Nation")
    );
    assert_eq!(
        mention(t, &c, "3.6 million").place.as_deref(),
        Some("Turkey")
    );
}

#[test]
fn a_printed_stamp_or_dateline_is_no_events_day() {
    let t = "Quake strikes Aceh\nJuly 03, 2013 6:22AM\nA quake killed 24 people on Tuesday. The \
             strong quake left hundreds more injured as it rocked a region that was devastated \
             by the tsunami of 2004.";
    let c = claims(t, "2013-07-03");
    assert_eq!(date(mention(t, &c, "24")).as_deref(), Some("2013-07-02"));
    let hundreds = mention(t, &c, "hundreds");
    assert_eq!(date(hundreds).as_deref(), Some("2013-07-02"));
    assert_eq!(hundreds.date_basis, DateBasis::Context);
    let t = "JAKARTA, July 3 (Reuters) - Rescuers said 12 people were killed.";
    let c = claims(t, "2013-07-03");
    assert_eq!(mention(t, &c, "12").date_basis, DateBasis::Published);
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
fn speakers_between_commas_one_word_names_and_the_reports_ministry() {
    let t = "At least 50 people were hospitalised, Henri Sembiring a local health official, \
             said. Fauzi said 3 people died. Later the official said 4 people had died.";
    let c = claims(t, "2021-03-17");
    assert_eq!(
        mention(t, &c, "At least 50").source.as_deref(),
        Some("Henri Sembiring")
    );
    assert_eq!(mention(t, &c, "3").source.as_deref(), Some("Fauzi"));
    // "the official" is the one called an official
    assert_eq!(
        mention(t, &c, "4").source.as_deref(),
        Some("Henri Sembiring")
    );
    // a bare "the health ministry" of a report about Gaza is Gaza's
    let t = "Israeli strikes hit Gaza again. The health ministry said 70 people were killed.";
    let c = claims(t, "2023-10-13");
    assert_eq!(
        mention(t, &c, "70").source.as_deref(),
        Some("Gaza Health Ministry")
    );
    // a person of an institution is not the institution
    let t = "Thieves took jewels in Paris. The police source said 4 men fled.";
    let c = claims(t, "2023-10-13");
    assert_eq!(mention(t, &c, "4").source.as_deref(), Some("police source"));
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
fn a_leader_under_name_title_office_and_pronoun() {
    let t = "President Recep Tayyip Erdogan said 5 soldiers died. The Turkish president said 6 \
             had died. Erdogan said 7 died. He said 8 were wounded. Sutopo Purwo Nugroho of the \
             disaster agency said 12 died.";
    let c = claims(t, "2024-01-02");
    for m in ["5", "6", "7", "8"] {
        assert_eq!(
            mention(t, &c, m).source.as_deref(),
            Some("Recep Tayyip Erdogan"),
            "{m}"
        );
    }
    assert_eq!(
        mention(t, &c, "12").source.as_deref(),
        Some("Sutopo Purwo Nugroho")
    );
    let t = "The ministry said 40 people died. The spokesman later said 45 had died.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "45").source,
        mention(t, &c, "40").source,
        "a spokesman speaks for the body"
    );
}

#[test]
fn a_spokesperson_speaks_for_the_organisation_of_the_appositive() {
    let t = "David Swanson, spokesman for the UN humanitarian office, said 12 people were killed.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "12");
    assert_eq!(q.source.as_deref(), Some("David Swanson"));
    assert_eq!(q.source_party.as_deref(), Some("United Nations"));
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
fn a_speaker_after_the_verb_past_a_place_appositive() {
    // "…, said X": the speaker follows the verb, not the appositive before the comma
    let t = "Nine people were hurt in Dunmore, the seat of the county, said Maria Olsen of the \
             county emergency office.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "Nine").source.as_deref(),
        Some("Maria Olsen")
    );
    // a sentence adverbial before the comma names no speaker
    let t = "In a farming village, one woman was killed, said relief official Tomas Brenner.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "one").source.as_deref(),
        Some("Tomas Brenner")
    );
    // a verb whose object is the one addressed keeps its subject before it
    let t = "\"Four died,\" Lena Hart, a nurse at the clinic, told Reuters.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "Four").source.as_deref(), Some("Lena Hart"));
    // a relative clause after the speaker is no part of it
    let t = "Omar Haji Daud, a relief official, said the river rose at night. A flood killed three men, said the \
             official who asked not to be named.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "three").source.as_deref(),
        Some("Omar Haji Daud")
    );
}

#[test]
fn a_name_opening_a_sentence_speaks_past_a_chain_of_appositives() {
    let t = "Karin Vos, head of operations in the north for the relief agency, the largest \
             in the region, said that 350 people were sheltering in the hall.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "350").source.as_deref(), Some("Karin Vos"));
    // an opening adverbial is no speaker
    let t = "In Dunmore, the seat of the county, firefighters said 20 homes burned.";
    let c = claims(t, "2024-01-02");
    assert_ne!(mention(t, &c, "20").source.as_deref(), Some("In Dunmore"));
}

#[test]
fn a_person_from_an_organisation_is_the_person_for_its_party() {
    let t = "Paul Ferris from the UN Relief and Works Agency said 40 people were killed. About \
             900 people were sheltering in the school, he said.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "40").source.as_deref(), Some("Paul Ferris"));
    assert_eq!(
        mention(t, &c, "40").source_party.as_deref(),
        Some("United Nations")
    );
    assert_eq!(
        mention(t, &c, "About 900").source.as_deref(),
        Some("Paul Ferris")
    );
}

#[test]
fn a_passive_quoting_verb_has_its_subject_as_source() {
    let t = "\"Two fishermen were hurt,\" harbour master Jonas Lind was quoted as saying.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "Two").source.as_deref(), Some("Jonas Lind"));
}

#[test]
fn a_quotation_goes_on_past_its_attribution_under_any_quotation_marks() {
    for (open, close) in [("\"", "\""), ("``", "''"), ("\u{201c}", "\u{201d}")] {
        let t = format!(
            "{open}This was a terrible night,{close} Mr Brandt said.\n{open}The fire killed 14 \
             people, and more may die."
        );
        let c = claims(&t, "2024-01-02");
        assert_eq!(
            mention(&t, &c, "14").source.as_deref(),
            Some("Brandt"),
            "{open}"
        );
    }
}

#[test]
fn a_surname_takes_the_full_name_the_document_gives() {
    let t = "\"The fire killed 14 people,\" Mr Brandt said. Later Ulrich Brandt, the town's fire \
             chief, said 30 homes burned.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "14").source.as_deref(),
        Some("Ulrich Brandt")
    );
    assert_eq!(
        mention(t, &c, "30").source.as_deref(),
        Some("Ulrich Brandt")
    );
    // two people of one surname: the surname stays
    let t = "\"The fire killed 14 people,\" Mr Brandt said. Ulrich Brandt and Eva Brandt fled.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "14").source.as_deref(), Some("Brandt"));
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
fn a_capitalised_word_inside_a_sentence_is_no_reporting_verb() {
    let t = "He made clear that the United States backs Kyiv after a raid killed 25 people.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "25").source, None);
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
fn a_count_reported_killed_is_killed_with_no_speaker() {
    let t = "With more than 900 Ukrainians reported killed, the talks stalled.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "more than 900");
    assert_eq!((q.event, q.source.as_deref()), (EventKind::Kill, None));
    // a speaker before "said" and a participle keeps its claim
    let t = "Police said wounded people were taken to hospital and 12 people were killed.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "12").source.as_deref(), Some("Police"));
}

#[test]
fn a_role_before_a_full_name_is_that_person() {
    let t = "Local official Anna Kowalczyk said at least 12 people had been killed in Lviv.";
    let c = claims(t, "2024-01-02");
    assert_eq!(
        mention(t, &c, "at least 12").source.as_deref(),
        Some("Anna Kowalczyk")
    );
    let t = "Ukrainian defence ministry spokesman Taras Hnatiuk said 40 soldiers were killed.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "40");
    assert_eq!(
        (q.source.as_deref(), q.source_party.as_deref()),
        (Some("Taras Hnatiuk"), Some("Ukraine"))
    );
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
fn a_crowd_put_at_a_figure_is_attributed_and_a_labour_strike_is_no_attack() {
    let t = "Police put the march, held during a 24-hour nationwide strike, at roughly 30,000 \
             people.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "roughly 30,000");
    assert_eq!(q.source.as_deref(), Some("Police"));
    assert_ne!(q.event, EventKind::Attack);
}

#[test]
fn the_complement_of_an_attack_noun_is_no_antecedent() {
    let t = "Talks are unlikely, given a bombardment of Kharkiv that has killed 40 people.";
    let c = claims(t, "2024-01-02");
    assert_ne!(mention(t, &c, "40").side.as_deref(), Some("Russia"));
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
