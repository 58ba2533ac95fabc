//! Sources: who says a figure, under which name, across quotations and appositives.

use super::*;

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
    assert_eq!(police.source.as_deref(), Some("police"));
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
fn a_capitalised_word_inside_a_sentence_is_no_reporting_verb() {
    let t = "He made clear that the United States backs Kyiv after a raid killed 25 people.";
    let c = claims(t, "2024-01-02");
    assert_eq!(mention(t, &c, "25").source, None);
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
    assert_eq!(mention(t, &c, "12").source.as_deref(), Some("police"));
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
fn a_crowd_put_at_a_figure_is_attributed_and_a_labour_strike_is_no_attack() {
    let t = "Police put the march, held during a 24-hour nationwide strike, at roughly 30,000 \
             people.";
    let c = claims(t, "2024-01-02");
    let q = mention(t, &c, "roughly 30,000");
    assert_eq!(q.source.as_deref(), Some("police"));
    assert_ne!(q.event, EventKind::Attack);
}

#[test]
fn a_leader_after_the_country_and_the_title_is_the_leader() {
    let t = "Kenya President William Ruto said 14 people died in the floods. He said 30 homes \
             were destroyed. The Kenyan president said 16 had died.";
    let c = claims(t, "2024-05-02");
    for m in ["14", "30", "16"] {
        assert_eq!(
            mention(t, &c, m).source.as_deref(),
            Some("William Ruto"),
            "{m}"
        );
    }
}

#[test]
fn bare_officials_are_the_government_of_the_reports_country() {
    let t = "A strong earthquake struck Kenya's Rift Valley on Monday. Officials said 12 \
             people were killed. The authorities later said 15 had died. Senior officials \
             said 40 were hurt. Kenyan officials said 16 were dead.";
    let c = claims(t, "2024-05-02");
    for m in ["12", "15", "40", "16"] {
        assert_eq!(
            mention(t, &c, m).source.as_deref(),
            Some("Kenyan government"),
            "{m}"
        );
    }
    // a party taken from the report's place is one voice with the country's, but says
    // nothing of whose people are counted
    assert_eq!(mention(t, &c, "12").side, None);
    // qualified officials are not the country's
    let t = "A strong earthquake struck Kenya on Monday. Western officials said 12 people \
             were killed. A senior official said 13 had died.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "12").source.as_deref(),
        Some("Western officials")
    );
    assert_eq!(
        mention(t, &c, "13").source.as_deref(),
        Some("senior official")
    );
}

#[test]
fn of_speakers_joined_at_the_opening_of_their_clause_the_first_leads() {
    let t = "A quake hit Kenya. Ten people were killed, officials and state media said. The \
             Kenya Red Cross and witnesses said 20 were hurt.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "Ten").source.as_deref(),
        Some("Kenyan government")
    );
    assert_eq!(
        mention(t, &c, "20").source,
        claims("The Kenya Red Cross said 20 were hurt.", "2024-05-02")[0].source
    );
    // a second clause is no second speaker of the first
    let t = "Police arrested 12 people and officials said 40 were hurt.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "12").source.as_deref(), Some("officials"));
}

#[test]
fn who_speaks_for_a_body_is_the_bodys_voice() {
    let t = "The director of the hospital in Ruritown said 41 bodies had been brought in. \
             Several dozen people were wounded, hospital officials said. Northwind Corp said \
             300 workers were evacuated. A Northwind spokesman said 20 were hurt. According \
             to a Defence Ministry statement, nine soldiers died. The Defence Ministry said \
             ten soldiers died.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "41").source.as_deref(), Some("hospital"));
    assert_eq!(
        mention(t, &c, "Several dozen").source.as_deref(),
        Some("hospital")
    );
    assert_eq!(mention(t, &c, "nine").source, mention(t, &c, "ten").source,);
    // a police spokesman and police sources are the police
    let t = "Police sources said 7 men fled. A police spokesman said 8 men were held. Police \
             said 9 were freed.";
    let c = claims(t, "2024-05-02");
    for m in ["7", "8", "9"] {
        assert_eq!(mention(t, &c, m).source.as_deref(), Some("police"), "{m}");
    }
}

#[test]
fn a_name_is_written_on_one_line_without_its_determiner() {
    let t = "Both the U.S. Agriculture\nDepartment and traders said 40 ships sailed. The U.S. \
             Agriculture Department said 12 ships were loaded.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "40").source, mention(t, &c, "12").source);
    assert!(mention(t, &c, "12")
        .source
        .as_deref()
        .is_some_and(|s| !s.contains('\n')));
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_verb() {
    let t = "The United States Geological Survey said the quake injured 14 people.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "14").source.as_deref(),
        Some("US Geological Survey")
    );
}

#[test]
fn a_time_between_the_speaker_and_the_verb_is_no_part_of_the_speaker() {
    let t = "The company today reported 40 layoffs. The company said 12 workers were hurt. Police \
             on Monday said 4 people died. Police said 5 were hurt. Mr Hale this morning \
             announced 3 arrests.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "40").source, mention(t, &c, "12").source);
    assert_eq!(mention(t, &c, "4").source, mention(t, &c, "5").source);
    assert_eq!(mention(t, &c, "3").source.as_deref(), Some("Hale"));
}

#[test]
fn names_with_initials_particles_and_titles_are_one_person() {
    let t = "Five people were hurt, the governor of the province, Karim al-Nasser, told \
             reporters. Al-Nasser said 2 had died.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "Five").source.as_deref(),
        Some("Karim al-Nasser")
    );
    let t = "County Sheriff Robert J. Pickard said 5 people were hurt. Pickard said 6 were \
             held. Insp Dana Whitlow said 7 fled. Whitlow said 8 were caught.";
    let c = claims(t, "2024-05-02");
    for m in ["5", "6"] {
        assert_eq!(
            mention(t, &c, m).source.as_deref(),
            Some("Robert J. Pickard"),
            "{m}"
        );
    }
    for m in ["7", "8"] {
        assert_eq!(
            mention(t, &c, m).source.as_deref(),
            Some("Dana Whitlow"),
            "{m}"
        );
    }
}

#[test]
fn a_federal_agency_under_its_name_and_acronym_and_a_state_police() {
    let t = "The FBI said 3 suspects fled. The Federal Bureau of Investigation said 4 were \
             held. The ATF said 40 guns were seized. The Bureau of Alcohol, Tobacco, Firearms \
             and Explosives said 41 guns were traced.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "3").source, mention(t, &c, "4").source);
    assert_eq!(mention(t, &c, "40").source, mention(t, &c, "41").source);
    assert_ne!(mention(t, &c, "3").source, mention(t, &c, "40").source);
    let t = "A bomb exploded in Oregon. Two officers were killed, Oregon State Police said.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "Two").source.as_deref(),
        Some("Oregon police")
    );
}

#[test]
fn a_passive_or_a_noun_of_reporting_names_no_speaker() {
    // a reporting word after a determiner is a noun; a passive one has its speaker after "by"
    let t = "The notes can be converted at a price of 42 dlrs. It was reported that 12 people \
             died. 14 people were killed, it was reported by the ministry.";
    let c = claims(t, "2024-05-02");
    assert_eq!(mention(t, &c, "42 dlrs").source, None);
    assert_eq!(mention(t, &c, "12").source, None);
    assert_eq!(mention(t, &c, "14").source.as_deref(), Some("ministry"));
    // the subject of a reported clause is no speaker of the verb before it
    let t = "The department said traders indicated Ruritania may lack supplies. Buyers could \
             add 40 mln tonnes, it said.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "40 mln tonnes").source.as_deref(),
        Some("department")
    );
    // a report is a body's, not a country's named as a speaker
    let t = "The Asian Development Bank met on Monday. Vietnam said last year that only 23 mln \
             dlrs were disbursed. Disbursements totalled 25 mln dlrs, the report said.";
    let c = claims(t, "2024-05-02");
    assert_ne!(
        mention(t, &c, "25 mln dlrs").source.as_deref(),
        Some("Vietnam")
    );
}

#[test]
fn one_person_spelled_two_ways_in_a_document_is_one_voice() {
    let t = "Governor Heydar Aliyani said 10 people were killed. Later Heidar Aliyani said 50 \
             were hurt. Mehdi Irannejad said 3 villages were flattened. Mehdi iran-Nejad said 4 \
             roads were closed. Eva Brandt said 5 homes burned. Ulla Brandt said 6 cars burned.";
    let c = claims(t, "2024-05-02");
    assert_eq!(
        mention(t, &c, "50").source.as_deref(),
        Some("Heydar Aliyani")
    );
    assert_eq!(
        mention(t, &c, "4").source.as_deref(),
        Some("Mehdi Irannejad")
    );
    // two people of one surname stay two
    assert_eq!(mention(t, &c, "6").source.as_deref(), Some("Ulla Brandt"));
}
