//! Places and days: where a claim happened and which day it is dated.

use super::*;

#[test]
fn the_target_of_an_attack_is_its_place() {
    let t = "Israeli airstrikes on Rafah killed 22 Palestinians. Attacks on Monday killed \
             3 people.";
    let c = claims(t, "2024-05-06");
    assert_eq!(mention(t, &c, "22").place.as_deref(), Some("Rafah"));
    assert_eq!(mention(t, &c, "3").place, None);
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
fn a_leads_background_day_dates_nothing_further_on() {
    let t = "In 2004 a tsunami killed 170,000 people in the region.\n\n\
             A strong quake killed 24 people and injured 200.";
    let c = claims(t, "2013-07-03");
    assert_eq!(
        date(mention(t, &c, "170,000")).as_deref(),
        Some("2004-01-01..2004-12-31")
    );
    let toll = mention(t, &c, "24");
    assert_eq!(
        toll.date_basis,
        DateBasis::Published,
        "not the tsunami's year"
    );
    assert_eq!(date(toll).as_deref(), Some("2013-07-02..2013-07-03"));
    // a paragraph that goes on telling its background event keeps its day
    let t = "In April last year, a quake of 8.6 struck off Aceh. Five people died in the quake.";
    let c = claims(t, "2013-07-03");
    assert_eq!(
        date(mention(t, &c, "Five")).as_deref(),
        Some("2012-04-01..2012-04-30")
    );
}
