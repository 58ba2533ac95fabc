//! Reconciliation on real news: sides, classes, amounts, magnitudes and background figures
//! told the ways reports tell them.

use super::*;

#[test]
fn a_claim_with_no_side_joins_the_named_side_whose_figures_hold_it() {
    let s = "Shelling across the border killed soldiers and villagers.";
    let with = |doc: &str, value: f64, side: Option<&str>| {
        let mut c = told(doc, value, s, "2019-10-12");
        c.side = side.map(str::to_owned);
        c
    };
    let r = run(&[
        with("a", 40.0, Some("Ruritania")),
        with("b", 42.0, Some("Ruritania")),
        with("c", 3.0, Some("Freedonia")),
        with("d", 42.0, None),
        with("e", 3.0, None),
        with("f", 17.0, None),
    ]);
    assert_eq!(
        r.cluster_of[3], r.cluster_of[1],
        "42 is told of Ruritania only"
    );
    assert_eq!(
        r.cluster_of[4], r.cluster_of[2],
        "3 is told of Freedonia only"
    );
    assert_ne!(
        r.cluster_of[0], r.cluster_of[2],
        "two named sides never meet"
    );
    assert_ne!(r.cluster_of[5], r.cluster_of[0], "17 fits neither");
    assert_ne!(r.cluster_of[5], r.cluster_of[2], "17 fits neither");
}

#[test]
fn a_generic_count_joins_the_one_people_class_whose_figures_hold_it() {
    let s = "The bus fell into the gorge near Ruritania's border.";
    let with = |doc: &str, value: f64, what: &str| {
        let mut c = told(doc, value, s, "2018-05-02");
        c.what = what.into();
        c
    };
    let r = run(&[
        with("a", 12.0, "child"),
        with("b", 2.0, "woman"),
        with("c", 12.0, "person"),
        with("d", 30.0, "person"),
    ]);
    assert_eq!(
        r.cluster_of[2], r.cluster_of[0],
        "12 people are the 12 children"
    );
    assert_ne!(r.cluster_of[3], r.cluster_of[0]);
    assert_ne!(r.cluster_of[3], r.cluster_of[1]);
}

#[test]
fn the_same_unnamed_amount_told_again_is_one_amount() {
    let s = "Robbers rammed a car into a jeweller in Ruritania City and took jewels.";
    let money = |doc: &str, value: f64, unit: &str| {
        let mut c = told(doc, value, s, "2017-09-11");
        c.event = "measure".into();
        c.what = "money".into();
        c.unit = unit.into();
        c
    };
    let r = run(&[
        money("a", 2_000_000.0, "EUR"),
        money("b", 2_000_000.0, "EUR"),
        money("c", 2_600_000.0, "USD"),
        money("d", 2_600_000.0, "USD"),
        money("e", 35_000.0, "EUR"),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.cluster_of[2], r.cluster_of[3]);
    assert_ne!(r.cluster_of[0], r.cluster_of[2], "another currency");
    assert_ne!(
        r.cluster_of[0], r.cluster_of[4],
        "another amount that names nothing"
    );
    assert_eq!(r.clusters[r.cluster_of[0]].verdict, Verdict::Agree);
}

#[test]
fn magnitudes_of_two_quakes_told_together_stay_two_quakes() {
    let quake = |doc: &str, value: f64, sentence: &str, source: Option<&str>| {
        let mut c = told(doc, value, sentence, "2021-03-19");
        c.event = "measure".into();
        c.what = "magnitude".into();
        c.unit = "magnitude".into();
        c.source = source.map(str::to_owned);
        c
    };
    let two = "Two quakes, measuring 7.6 and 7.4, struck off Ruritania's coast.";
    let agencies = "The national agency put the first quake off Ruritania's coast at 7.7.";
    let aftershock = "A 6.1 aftershock shook Ruritania's coast.";
    let r = run(&[
        quake("a", 7.6, two, None),
        quake("a", 7.4, two, None),
        quake("b", 7.6, "A 7.6 quake struck off Ruritania's coast.", None),
        quake("c", 7.7, agencies, Some("national agency")),
        quake(
            "d",
            7.5,
            "The second quake, of 7.5, hit Ruritania's coast.",
            None,
        ),
        quake("e", 6.1, aftershock, None),
    ]);
    let main = r.cluster_of[0];
    assert_eq!(r.cluster_of[2], main);
    assert_eq!(
        r.cluster_of[3], main,
        "another agency's reading of one quake"
    );
    assert_ne!(
        r.cluster_of[1], main,
        "told apart in one sentence by one voice"
    );
    assert_eq!(r.cluster_of[4], r.cluster_of[1]);
    assert_ne!(r.cluster_of[5], main, "a whole unit apart");
    assert_ne!(r.cluster_of[5], r.cluster_of[1]);
    // two agencies in one sentence read one quake
    let both = "Ruritania's centre said 5.9, but the USGS said 6.1.";
    let r = run(&[
        quake("a", 5.9, both, Some("Ruritania's centre")),
        quake("a", 6.1, both, Some("USGS")),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.clusters[r.cluster_of[0]].verdict, Verdict::Conflict);
}

#[test]
fn an_earlier_years_figures_meet_only_when_they_retell_one_figure() {
    let s = "The 2004 tsunami killed people in Aceh and across Asia.";
    let tsunami = |doc: &str, value: f64| {
        let mut c = told(doc, value, s, "2013-07-02");
        c.date = Some((day("2004-01-01"), day("2004-12-31")));
        c
    };
    let r = run(&[
        tsunami("a", 168_000.0),
        tsunami("b", 170_000.0),
        tsunami("c", 230_000.0),
        tsunami("d", 230_000.0),
    ]);
    assert_eq!(
        r.cluster_of[0], r.cluster_of[1],
        "one toll retold, in conflict"
    );
    assert_eq!(r.cluster_of[2], r.cluster_of[3]);
    assert_ne!(
        r.cluster_of[0], r.cluster_of[2],
        "the toll in Aceh and across Asia"
    );
    assert_eq!(r.clusters[r.cluster_of[2]].verdict, Verdict::Agree);
}

#[test]
fn one_voice_relayed_twice_in_a_day_with_a_higher_count_updated_it() {
    let police = |doc: &str, value: f64| {
        let mut c = told(
            doc,
            value,
            "Police in Ruritania City said people were hurt.",
            "2010-05-05",
        );
        c.event = "injure".into();
        c.source = Some("police".into());
        c
    };
    let r = run(&[police("a", 12.0), police("b", 18.0)]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status, [Status::Superseded, Status::Single]);
    assert_eq!(r.revision[0], Some(Revision::Rise));
    let k = &r.clusters[r.cluster_of[0]];
    assert_eq!(
        k.verdict,
        Verdict::Agree,
        "a revised count is an account agreed on"
    );
    assert_eq!(k.best, 18.0);
    // two voices the same day disagree
    let mut other = police("c", 18.0);
    other.source = Some("hospital".into());
    let r = run(&[police("a", 12.0), other]);
    assert_eq!(r.clusters[r.cluster_of[0]].verdict, Verdict::Conflict);
}

#[test]
fn figures_told_to_one_decimal_are_as_precise_whatever_their_size() {
    let quake = |doc: &str, value: f64| {
        let mut c = told(
            doc,
            value,
            "A quake struck Ruritania's coast.",
            "2021-03-19",
        );
        c.event = "measure".into();
        c.what = "magnitude".into();
        c.unit = "magnitude".into();
        (c.low, c.high) = (value - 0.05, value + 0.05);
        c
    };
    let r = run(&[quake("a", 7.6), quake("b", 7.6), quake("c", 7.7)]);
    assert_eq!(r.clusters.len(), 1);
    assert_eq!(r.clusters[0].best, 7.6, "told by more voices");
}

#[test]
fn reports_with_no_day_join_a_dated_event_only_when_its_figures_hold_theirs() {
    // one island, two quakes: the dated reports tell 80 injured; reports with no day at all
    // tell 5 and 2 (another quake), and one tells "about 80" (the dated one)
    let dayless = |doc: &str, value: f64| {
        let mut c = claim(doc, value, "person", None);
        c.published = None;
        c
    };
    let mut about = dayless("e", 80.0);
    about.low = 76.0;
    about.high = 84.0;
    let r = run(&[
        claim("a", 80.0, "person", Some("2021-03-15")),
        claim("b", 80.0, "person", Some("2021-03-15")),
        dayless("c", 5.0),
        dayless("d", 2.0),
        about,
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[0], k[1]);
    assert_eq!(k[4], k[0], "its figure holds the dated event's");
    assert_ne!(
        k[2], k[0],
        "no day and a figure the dated event does not hold"
    );
    assert_eq!(
        k[2], k[3],
        "the dayless reports of the other event are one event"
    );
    assert_eq!(r.clusters[k[2]].verdict, Verdict::Conflict);
}

#[test]
fn a_figure_a_hundred_times_off_every_other_counts_another_thing() {
    let on = |doc: &str, value: f64| claim(doc, value, "person", Some("2021-03-15"));
    let r = run(&[
        on("a", 80.0),
        on("b", 80.0),
        on("c", 70.0),
        on("d", 500_000.0),
        on("e", 0.0),
        on("f", 1.0),
        on("g", 24.0),
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[0], k[1]);
    assert_eq!(k[0], k[2]);
    assert_ne!(k[3], k[0], "the island's population is not the injured");
    assert_eq!(r.status[3], Status::Single);
    assert_eq!(k[4], k[0], "a denial stays, at any scale");
    assert_eq!(
        k[5], k[0],
        "one, then 24, then 70: a toll that runs stays one"
    );
    assert_eq!(k[6], k[0]);
}

#[test]
fn people_counted_in_their_own_country_are_of_no_side_against_a_lone_other() {
    let at = |doc: &str, value: f64, what: &str, side: Option<&str>, place: Option<&str>| {
        let mut c = claim(doc, value, what, Some("2021-03-15"));
        c.side = side.map(str::to_owned);
        c.place = place.map(str::to_owned);
        c
    };
    // a quake's dead: told as Indonesians in Aceh, as the dead of a report naming the US
    // agency, and with no side
    let r = run(&[
        at("a", 4.0, "person", Some("Indonesia"), Some("Aceh")),
        at("b", 4.0, "person", Some("United States"), Some("Aceh")),
        at("c", 4.0, "person", None, Some("Aceh")),
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[0], k[1]);
    assert_eq!(k[0], k[2]);
    // two sides each counted at home stay two sides; soldiers keep their side
    let r = run(&[
        at("a", 4.0, "person", Some("Palestine"), Some("Gaza City")),
        at("a", 4.0, "person", Some("Israel"), Some("Israel")),
        at("c", 7.0, "soldier", Some("Syria"), Some("Syria")),
        at("d", 7.0, "soldier", Some("Turkey"), Some("Syria")),
    ]);
    let k = &r.cluster_of;
    assert_eq!(r.story_of[0], r.story_of[1], "one story");
    assert_ne!(k[0], k[1]);
    assert_ne!(k[2], k[3]);
}

#[test]
fn a_claim_with_no_side_is_told_of_the_side_most_reports_name() {
    let s = "The quake near the island killed people, officials said.";
    let with = |doc: &str, value: f64, side: Option<&str>, published: &str| {
        let mut c = told(doc, value, s, published);
        c.side = side.map(str::to_owned);
        c
    };
    let mut background = with("g", 600.0, Some("Freedonia"), "2021-10-03");
    background.date = Some((day("2005-01-01"), day("2005-12-31")));
    let r = run(&[
        with("a", 10.0, Some("Ruritania"), "2021-10-02"),
        with("b", 10.0, Some("Ruritania"), "2021-10-03"),
        with("c", 10.0, Some("Ruritania"), "2021-10-03"),
        // one report's slip: the toll told as another country's
        with("d", 10.0, Some("Freedonia"), "2021-10-03"),
        // held by both named sides: told of the one most reports name
        with("e", 10.0, None, "2021-10-03"),
        // the first toll, held by no side: still the event's own people
        with("f", 3.0, None, "2021-10-02"),
        background,
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[4], k[0], "10 is the toll most reports tell");
    assert_eq!(k[5], k[0], "3, the first toll, is of the same people");
    assert_ne!(k[3], k[0], "two named sides never meet");
    assert_ne!(k[6], k[0], "another year's toll");
    assert_eq!(r.status[5], Status::Superseded, "3 then 10: a rise");
}

#[test]
fn a_vague_or_bounded_figure_of_a_dated_event_holds_no_report_with_no_day() {
    // one island, two quakes: the dated reports tell "as many as 80" and "several" injured
    // beside 80; reports with no day at all tell 5 and 2 (another quake)
    let dayless = |doc: &str, value: f64| {
        let mut c = claim(doc, value, "person", None);
        c.published = None;
        c
    };
    let mut up_to = claim("b", 80.0, "person", Some("2021-03-15"));
    up_to.low = 0.0;
    let mut several = claim("c", 5.0, "person", Some("2021-03-15"));
    several.low = 3.0;
    several.high = 7.0;
    let r = run(&[
        claim("a", 80.0, "person", Some("2021-03-15")),
        up_to,
        several,
        dayless("d", 5.0),
        dayless("e", 2.0),
        dayless("f", 80.0),
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[1], k[0]);
    assert_ne!(k[3], k[0], "5 is held only by 'several'");
    assert_ne!(k[4], k[0], "2 is held only by 'as many as 80'");
    assert_eq!(
        k[3], k[4],
        "the dayless reports of the other event are one event"
    );
    assert_eq!(k[5], k[0], "80 is held by the exact 80");
}

#[test]
fn the_seriously_injured_are_a_part_of_the_injured_not_the_injured() {
    let at = |doc: &str, value: f64, sentence: &str, figure: &str| {
        let mut c = told(doc, value, sentence, "2013-07-03");
        c.event = "injure".into();
        c.offset = Some(sentence[..sentence.find(figure).unwrap()].chars().count());
        c
    };
    let a = "The quake injured 249 people, 30 of them seriously.";
    let b = "\u{201c}There are around 30 people seriously injured, some with head injuries.";
    let c = "It injured more than 200 people and 18 critically.";
    let d = "It left 32 people with serious injuries, 12 of whom remain critical.";
    let r = run(&[
        at("a", 249.0, a, "249"),
        at("a", 30.0, a, "30"),
        at("b", 30.0, b, "30"),
        at("c", 200.0, c, "200"),
        at("c", 18.0, c, "18"),
        at("d", 32.0, d, "32"),
        at("d", 12.0, d, "12"),
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[1], k[2], "30 seriously injured, told twice");
    assert_ne!(k[0], k[1], "the injured and the seriously injured");
    assert_eq!(k[0], k[3], "249 and more than 200 injured");
    // critical is a grade of its own, graver than serious
    assert_eq!(
        k[5], k[1],
        "32 with serious injuries are the seriously injured"
    );
    assert_ne!(
        k[4], k[1],
        "the critically injured are not the seriously injured"
    );
    assert_ne!(
        k[6], k[5],
        "12 who remain critical are not the 32 seriously injured"
    );
    assert_eq!(r.clusters[k[1]].verdict, Verdict::Conflict);
}

#[test]
fn a_few_claims_naming_other_parties_do_not_pull_the_events_own_count_apart() {
    let s = "The shelling of the school killed people, officials said.";
    let with = |doc: &str, value: f64, side: Option<&str>| {
        let mut c = told(doc, value, s, "2009-01-07");
        c.side = side.map(str::to_owned);
        c
    };
    let mut at_least = with("a", 40.0, Some("United Nations"));
    at_least.high = f64::INFINITY;
    let r = run(&[
        at_least,
        with("b", 9.0, Some("Freedonia")),
        with("c", 40.0, None),
        with("d", 40.0, None),
        with("e", 42.0, None),
        with("f", 41.0, None),
        with("g", 40.0, None),
        with("h", 43.0, None),
    ]);
    let k = &r.cluster_of;
    assert!(
        (3..8).all(|j| k[j] == k[2]),
        "the event's own count stays one"
    );
    assert_ne!(k[0], k[2], "one claim naming the agency as the side");
    assert_ne!(k[1], k[2]);
}

#[test]
fn money_an_event_took_is_compared_as_a_measure_whatever_its_event() {
    let s = "Robbers rammed a car into a jeweller in Ruritania City and took jewels.";
    let loot = |doc: &str, value: f64, unit: &str, concept: Option<&str>| {
        let mut c = told(doc, value, s, "2017-09-11");
        c.event = "other".into();
        c.what = "money".into();
        c.unit = unit.into();
        c.concept = concept.map(str::to_owned);
        c
    };
    let r = run(&[
        loot("a", 2_000_000.0, "EUR", Some("the haul")),
        loot("b", 2_000_000.0, "EUR", Some("jewels")),
        loot("c", 2_000_000.0, "EUR", None),
        loot("d", 2_600_000.0, "USD", Some("the haul")),
        loot("e", 2_600_000.0, "USD", None),
        loot("f", 35_000.0, "EUR", None),
    ]);
    let k = &r.cluster_of;
    assert_eq!(
        k[0], k[1],
        "the same amount told as the haul and the jewels"
    );
    assert_eq!(k[0], k[2]);
    assert_eq!(k[3], k[4]);
    assert_ne!(k[0], k[3], "another currency");
    assert_ne!(k[0], k[5], "another amount that names nothing");
}

#[test]
fn a_report_with_no_day_held_by_several_events_joins_the_one_most_reports_tell() {
    let dayless = |doc: &str, value: f64| {
        let mut c = claim(doc, value, "person", None);
        c.published = None;
        c
    };
    let mut r_in = vec![claim("x", 3.0, "person", Some("2010-05-02"))];
    r_in.extend(["a", "b", "c", "d"].map(|d| claim(d, 3.0, "person", Some("2010-05-05"))));
    r_in.push(dayless("e", 3.0));
    // two events told as often: the figure alone cannot tell which
    r_in.extend(["f", "g"].map(|d| claim(d, 7.0, "person", Some("2010-06-01"))));
    r_in.extend(["h", "i"].map(|d| claim(d, 7.0, "person", Some("2010-06-20"))));
    r_in.push(dayless("j", 7.0));
    let r = run(&r_in);
    let k = &r.cluster_of;
    assert_ne!(k[0], k[1], "a stray reading three days before");
    assert_eq!(k[5], k[1], "held by both: the event most reports tell");
    assert_ne!(k[10], k[6]);
    assert_ne!(k[10], k[8]);
}

#[test]
fn a_revised_figure_retold_by_its_voice_the_next_day_stays_revised() {
    let s = "The quake injured people in the district.";
    let by = |doc: &str, value: f64, source: &str, published: &str| {
        let mut c = told(doc, value, s, published);
        c.event = "injure".into();
        c.source = Some(source.into());
        c.date = Some((day("2013-07-02"), day("2013-07-02")));
        c
    };
    let r = run(&[
        by("a", 50.0, "Ema Suryani", "2013-07-02"),
        by("b", 249.0, "Sutopo Purwo Nugroho", "2013-07-03"),
        // the doctor's first count, relayed again beside the agency's
        by("c", 50.0, "Ema Suryani", "2013-07-03"),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[2]);
    assert_eq!(r.status[0], Status::Superseded);
    assert_eq!(r.status[2], Status::Superseded, "the old figure retold");
    assert_eq!(r.superseded_by[2], Some(1));
    assert_eq!(r.clusters[r.cluster_of[1]].verdict, Verdict::Agree);
}

#[test]
fn one_voice_telling_a_count_and_lower_exact_figures_in_one_report_tells_its_parts() {
    let at = |doc: &str, value: f64, sentence: &str, place: Option<&str>| {
        let mut c = told(doc, value, sentence, "2013-07-03");
        c.event = "injure".into();
        c.source = Some("Sutopo Purwo Nugroho".into());
        c.place = place.map(str::to_owned);
        c.date = Some((day("2013-07-02"), day("2013-07-02")));
        c
    };
    let r = run(&[
        at(
            "a",
            249.0,
            "The quake in Bener Meriah and Central Aceh injured 249 people.",
            None,
        ),
        at(
            "a",
            70.0,
            "70 others were injured in Bener Meriah district, he said.",
            Some("Bener Meriah"),
        ),
        at("a", 140.0, "In Central Aceh, 140 were injured.", None),
        at(
            "b",
            249.0,
            "The quake injured 249 people in Bener Meriah and Central Aceh.",
            None,
        ),
    ]);
    let k = &r.cluster_of;
    assert_eq!(k[0], k[3]);
    assert_ne!(k[1], k[0], "a district's part");
    assert_ne!(k[2], k[0], "another district's part");
    assert_eq!(r.clusters[k[0]].verdict, Verdict::Agree);
    // told as a revision, the lower figure is the earlier one, not a part
    let r = run(&[
        at(
            "a",
            19.0,
            "The agency initially said 19 were injured.",
            None,
        ),
        at("a", 24.0, "The toll has risen to 24.", None),
    ]);
    assert_eq!(r.cluster_of[0], r.cluster_of[1]);
    assert_eq!(r.status[0], Status::Superseded);
}

#[test]
fn lower_figures_a_report_tells_beside_its_count_in_one_sentence_are_its_parts() {
    let s = "Four people - one with broken bones, 3 with breathing problems - are treated in \
             nearby hospitals.";
    let mut total = told("a", 4.0, s, "2010-05-05");
    total.event = "injure".into();
    total.position = 0;
    let mut part = total.clone();
    part.value = 3.0;
    part.low = 3.0;
    part.high = 3.0;
    part.position = 40;
    let mut other = told(
        "b",
        4.0,
        "Four people were injured in the riots.",
        "2010-05-05",
    );
    other.event = "injure".into();
    let r = run(&[total, part, other]);
    let k = &r.cluster_of;
    assert_eq!(k[0], k[2], "the four injured, told twice");
    assert_ne!(
        k[1], k[0],
        "the three with breathing problems are a part of the four"
    );
    assert_eq!(r.clusters[k[0]].verdict, Verdict::Agree);
}
