//! Whether a statement is time-bound, and until when: the cues ("tomorrow", "next week", "on
//! Friday", "March 3rd", "2026-03-01", "in two weeks", "I'm flying to ...") and the calendar
//! arithmetic (jiff, in UTC) that turns them into an expiry.
//!
//! An expiry is the end of a day: midnight UTC after it. The rules, relative to the day the
//! message was written:
//!
//! | cue | expires at the end of |
//! | --- | --- |
//! | today, tonight, this morning, right now | that day |
//! | tomorrow; the day after tomorrow | the next day; the day after |
//! | this week, this weekend | the coming Sunday (ISO weeks end on Sunday) |
//! | next weekend | the Sunday after that |
//! | next week | the day 14 days later |
//! | this month; next month | its last day; the next month's last day |
//! | this year; next year | 31 December of that year |
//! | this / next / by summer (spring, fall, winter) | the season's last day (northern) |
//! | on Friday, by Friday, Friday | the next Friday (today if it is Friday) |
//! | next Friday | the Friday of next week |
//! | in / within / for N days, weeks, months, years | that many later (†) |
//! | March 3rd, 3 March, 2026-03-01, on the 15th | that day (no year: the next one) |
//! | a trip with no date ("I'm flying to Tokyo") | 30 days later |
//! | a recent past (yesterday, last week, 3 days ago) | 30 days later |
//!
//! (†) Months clamp: 31 January plus one month is the last day of February, 28th or 29th.
//!
//! With several cues the latest expiry wins. A habit ("every Friday", "usually", "twice a
//! week") is not time-bound, nor is a yearly date ("my birthday is May 5th"), nor an older past
//! ("last year", "in 2019", "two years ago", a date more than 30 days ago): that is biography,
//! a lasting fact.

use std::sync::LazyLock;

use super::QuickCaptures as _;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, ToSpan};
use regex::{Captures, Regex};

use super::lexicon;
use super::slot::parse_number;
use super::statement::Statement;

/// How long a recent past event stays relevant.
const PAST_HORIZON_DAYS: i64 = 30;
/// How long a trip or plan without a date stays relevant.
const UNDATED_PLAN_DAYS: i64 = 30;
/// "Next week", as the brief of this extractor defines it: 14 days.
const NEXT_WEEK_DAYS: i64 = 14;

/// A case-insensitive pattern, compiled once.
macro_rules! pattern {
    ($re:expr) => {{
        static RE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!("(?i){}", $re)).expect("the time pattern is a valid regex")
        });
        &*RE
    }};
}

const MONTH: &str = concat!(
    "(january|february|march|april|may|june|july|august|september|october|november|december",
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)",
);
const NUMBER: &str = concat!(
    r"(\d+|a couple of|a couple|couple of|a few|few|several|an|a",
    "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
);
const WEEKDAY: &str = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/// When `statement`, said at `at`, stops being relevant; `None` if it is a lasting fact.
pub(crate) fn expiry(statement: &Statement, at: Timestamp) -> Option<Timestamp> {
    let rate = pattern!(r"\b(a|per|each|every|once a|twice a) (day|week|month|year)\b");
    if statement.words().any(|w| lexicon::HABITUAL.contains(&w)) || rate.is_match(&statement.lower)
    {
        return None;
    }
    // "My birthday is May 5th" comes back every year: a lasting fact, not an event.
    if pattern!(r"\b(birthday|anniversary|name day)( is|'s| falls)").is_match(&statement.lower)
        && !pattern!(r"\b(today|tonight|tomorrow|this|next)\b").is_match(&statement.lower)
    {
        return None;
    }
    let today = at.to_zoned(TimeZone::UTC).date();
    let cues =
        Cues { text: &statement.lower, today, at, past_tense: is_past_tense(&statement.lower) };
    let mut ends: Vec<Date> = Vec::new();
    let mut recent_past = false;
    for cue in cues.collect(&statement.cased) {
        match cue {
            Cue::On(day) if day < today || (cues.past_tense && day == today) => recent_past = true,
            Cue::On(day) => ends.push(day),
            Cue::RecentPast => recent_past = true,
        }
    }
    if recent_past {
        ends.extend(add_days(today, PAST_HORIZON_DAYS));
    }
    end_of_day(ends.into_iter().max()?)
}

/// Midnight UTC after `day`.
fn end_of_day(day: Date) -> Option<Timestamp> {
    Some(day.tomorrow().ok()?.to_zoned(TimeZone::UTC).ok()?.timestamp())
}

fn add_days(day: Date, days: i64) -> Option<Date> {
    day.checked_add(Span::new().try_days(days).ok()?).ok()
}

enum Cue {
    /// Relevant until the end of this day.
    On(Date),
    /// A past event recent enough to matter for a while.
    RecentPast,
}

struct Cues<'a> {
    text: &'a str,
    today: Date,
    at: Timestamp,
    past_tense: bool,
}

impl Cues<'_> {
    fn collect(&self, cased: &str) -> Vec<Cue> {
        let mut cues = Vec::new();
        self.relative_days(&mut cues);
        self.calendar_periods(&mut cues);
        self.weekdays(&mut cues);
        self.spans(&mut cues);
        self.dates(&mut cues);
        self.seasons(&mut cues);
        // A trip's own date, if it has one, says more than the default horizon.
        if cues.is_empty() && is_trip(self.text, cased) {
            cues.extend(add_days(self.today, UNDATED_PLAN_DAYS).map(Cue::On));
        }
        cues
    }

    fn has(&self, re: &Regex) -> bool {
        re.is_match(self.text)
    }

    fn relative_days(&self, cues: &mut Vec<Cue>) {
        let today = self.today;
        const TODAY: &str = concat!(
            r"\b(today|tonight|this (morning|afternoon|evening)|later today|earlier today",
            r"|right now|at the moment)\b",
        );
        if self.has(pattern!(TODAY)) {
            cues.push(Cue::On(today));
        }
        if self.has(pattern!(r"\bthe day after tomorrow\b")) {
            cues.extend(add_days(today, 2).map(Cue::On));
        } else if self.has(pattern!(r"\btomorrow\b")) {
            cues.extend(add_days(today, 1).map(Cue::On));
        }
        let recent = pattern!(format!(
            r"\b(yesterday|last night|the other day|last (week|weekend|{WEEKDAY})|{NUMBER} (days?|weeks?) ago)\b"
        ));
        if self.has(recent) {
            cues.push(Cue::RecentPast);
        }
    }

    fn calendar_periods(&self, cues: &mut Vec<Cue>) {
        let today = self.today;
        let sunday = add_days(today, i64::from(Weekday::Sunday.since(today.weekday())));
        if self.has(pattern!(r"\bthis (week|weekend)\b")) {
            cues.extend(sunday.map(Cue::On));
        }
        if self.has(pattern!(r"\bnext weekend\b")) {
            cues.extend(sunday.and_then(|d| add_days(d, 7)).map(Cue::On));
        }
        if self.has(pattern!(r"\bnext week\b")) {
            cues.extend(add_days(today, NEXT_WEEK_DAYS).map(Cue::On));
        }
        if self.has(pattern!(r"\b(this month|end of (the |this )?month)\b")) {
            cues.push(Cue::On(today.last_of_month()));
        }
        if self.has(pattern!(r"\bnext month\b")) {
            let next = today.first_of_month().checked_add(1.month()).ok();
            cues.extend(next.map(|d| Cue::On(d.last_of_month())));
        }
        if self.has(pattern!(r"\b(this year|end of (the |this )?year)\b")) {
            cues.push(Cue::On(today.last_of_year()));
        }
        if self.has(pattern!(r"\bnext year\b")) {
            let next = today.checked_add(1.year()).ok();
            cues.extend(next.map(|d| Cue::On(d.last_of_year())));
        }
    }

    fn weekdays(&self, cues: &mut Vec<Cue>) {
        let today = self.today;
        let re = pattern!(format!(r"\b(next |last )?{WEEKDAY}\b"));
        for c in re.captures_iter(self.text) {
            let Some(day) = weekday(&c[2]) else { continue };
            let offset = match c.get(1).map(|m| m.as_str().trim()) {
                Some("last") => continue, // a recent past: see relative_days
                // The day in next week's Monday-to-Sunday.
                Some(_) => {
                    7 - i64::from(today.weekday().to_monday_zero_offset())
                        + i64::from(day.to_monday_zero_offset())
                }
                None => i64::from(day.since(today.weekday())),
            };
            cues.extend(add_days(today, offset).map(Cue::On));
        }
    }

    fn spans(&self, cues: &mut Vec<Cue>) {
        let re = pattern!(format!(
            r"\b(in|within|for|for the next|in the next) {NUMBER} (minute|hour|day|week|month|year)s?\b"
        ));
        // "I've been vegan for two years" is a duration in the past, not a plan.
        let perfect =
            self.has(pattern!(r"\b(have|has|had) (been|\w+ed)\b|\bfor the (past|last)\b"));
        for c in re.captures_iter(self.text) {
            if &c[1] == "for" && perfect {
                continue;
            }
            let Some(n) = parse_number(&c[2]).map(i64::from) else { continue };
            let day = match &c[3] {
                // Spans are built fallibly: "in 99999 years" is out of range, not a panic.
                "minute" => Span::new()
                    .try_minutes(n)
                    .ok()
                    .and_then(|s| self.at.checked_add(s).ok())
                    .map(utc_date),
                "hour" => Span::new()
                    .try_hours(n)
                    .ok()
                    .and_then(|s| self.at.checked_add(s).ok())
                    .map(utc_date),
                "day" => add_days(self.today, n),
                "week" => {
                    Span::new().try_weeks(n).ok().and_then(|s| self.today.checked_add(s).ok())
                }
                "month" => {
                    Span::new().try_months(n).ok().and_then(|s| self.today.checked_add(s).ok())
                }
                _ => Span::new().try_years(n).ok().and_then(|s| self.today.checked_add(s).ok()),
            };
            cues.extend(day.map(Cue::On));
        }
    }

    fn dates(&self, cues: &mut Vec<Cue>) {
        for c in pattern!(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").captures_iter(self.text) {
            let date = number::<i16>(&c, 1)
                .zip(number::<i8>(&c, 2))
                .zip(number::<i8>(&c, 3))
                .and_then(|((y, m), d)| Date::new(y, m, d).ok());
            cues.extend(date.and_then(|date| self.dated(date, true)));
        }
        let month_day =
            pattern!(format!(r"\b{MONTH}\.? (\d{{1,2}})(st|nd|rd|th)?(,? (\d{{4}}))?\b"));
        for c in month_day.captures_iter(self.text) {
            cues.extend(self.month_and_day(month(&c[1]), number(&c, 2), number(&c, 5)));
        }
        let day_month =
            pattern!(format!(r"\b(\d{{1,2}})(st|nd|rd|th)? (of )?{MONTH}(,? (\d{{4}}))?\b"));
        for c in day_month.captures_iter(self.text) {
            cues.extend(self.month_and_day(month(&c[4]), number(&c, 1), number(&c, 6)));
        }
        let month_only = pattern!(format!(
            r"\b(in|this|next|until|by|during|early|late|mid|end of) {MONTH}( (\d{{4}}))?\b"
        ));
        for c in month_only.captures_iter(self.text) {
            let Some(m) = month(&c[2]) else { continue };
            let year = number(&c, 4).unwrap_or(self.today.year());
            let last = Date::new(year, m, 1).ok().map(Date::last_of_month);
            cues.extend(last.and_then(|date| self.dated(date, c.get(4).is_some())));
        }
        for c in pattern!(r"\bon the (\d{1,2})(st|nd|rd|th)\b").captures_iter(self.text) {
            let Some(day) = number::<i8>(&c, 1) else { continue };
            let this_month = self.today.with().day(day).build().ok();
            let date = match this_month {
                Some(date) if date >= self.today => Some(date),
                _ => self
                    .today
                    .first_of_month()
                    .checked_add(1.month())
                    .ok()
                    .and_then(|next| next.with().day(day).build().ok()),
            };
            cues.extend(date.map(Cue::On));
        }
    }

    fn month_and_day(&self, month: Option<i8>, day: Option<i8>, year: Option<i16>) -> Option<Cue> {
        let date = Date::new(year.unwrap_or(self.today.year()), month?, day?).ok()?;
        self.dated(date, year.is_some())
    }

    /// The cue of an explicit date. A date without a year that has passed this year is next
    /// year's, unless the statement is in the past tense.
    fn dated(&self, date: Date, has_year: bool) -> Option<Cue> {
        if date >= self.today {
            return Some(Cue::On(date));
        }
        if !has_year && !self.past_tense {
            return date.checked_add(1.year()).ok().map(Cue::On);
        }
        let recent = add_days(date, PAST_HORIZON_DAYS).is_some_and(|horizon| horizon >= self.today);
        recent.then_some(Cue::RecentPast)
    }

    fn seasons(&self, cues: &mut Vec<Cue>) {
        let re = pattern!(
            r"\b(this|next|by|in the|over the|by the) (spring|summer|fall|autumn|winter)\b"
        );
        for c in re.captures_iter(self.text) {
            let year = self.today.year();
            let end = match &c[2] {
                "spring" => Date::new(year, 5, 31).ok(),
                "summer" => Date::new(year, 8, 31).ok(),
                "winter" => {
                    let year = if self.today.month() >= 3 { year + 1 } else { year };
                    Date::new(year, 2, 1).ok().map(Date::last_of_month)
                }
                _ => Date::new(year, 11, 30).ok(),
            };
            let Some(mut end) = end else { continue };
            if end < self.today {
                end = end.checked_add(1.year()).ok().map_or(end, Date::last_of_month);
            }
            if &c[1] == "next" {
                end = end.checked_add(1.year()).ok().map_or(end, Date::last_of_month);
            }
            cues.push(Cue::On(end));
        }
    }
}

fn utc_date(t: Timestamp) -> Date {
    t.to_zoned(TimeZone::UTC).date()
}

fn number<T: std::str::FromStr>(c: &Captures<'_>, group: usize) -> Option<T> {
    c.get(group)?.as_str().parse().ok()
}

fn month(name: &str) -> Option<i8> {
    let months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let prefix = name.get(..3)?.to_lowercase();
    months.iter().position(|m| *m == prefix).and_then(|i| i8::try_from(i + 1).ok())
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// Whether the statement is about a trip or move ("I'm flying to Tokyo", "my trip to Rome").
fn is_trip(lower: &str, cased: &str) -> bool {
    let trips = [
        pattern!(concat!(
            r"^(i|we) (am|are) (flying|travell?ing|heading|driving|leaving for|taking a trip",
            r"|going on (a |an |my |our )?(trip|vacation|holiday|honeymoon|cruise)",
            r"|moving to|visiting)\b",
        )),
        pattern!(
            r"^(i|we) (will|am going to|are going to) (fly|travel|visit|be travell?ing|be in|be away)\b"
        ),
        pattern!(r"\b(my|our) (upcoming |next )?(flight|trip)\b"),
        pattern!(
            r"\b(my|our) (upcoming |next )?(vacation|holiday|honeymoon) (to|in|is|starts|begins)\b"
        ),
    ];
    // "I'm going to Japan", not "I'm going to start running".
    let destination = pattern!(r"^(i|we) (am|are) going to (?-i:\p{Lu})");
    trips.iter().any(|re| re.is_match(lower)) || destination.is_match(cased)
}

/// Whether the statement's first verb is in the past tense ("I went", "we visited").
fn is_past_tense(lower: &str) -> bool {
    let re = pattern!(
        r"^(i|we|my \w+|our \w+)( (just|recently|also|finally|already|actually|really|even))? (\w+)"
    );
    let Some(c) = re.quick_captures(lower) else { return false };
    let verb = &c[4];
    lexicon::IRREGULAR_PAST.contains(&verb)
        || (verb.ends_with("ed") && !lexicon::ED_NOT_PAST.contains(&verb))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// The expiry of `text` said at `now`, as a UTC date-time string.
    fn expires(text: &str, now: &str) -> Option<String> {
        let at: Timestamp = now.parse().unwrap();
        expiry(&Statement::new(text), at).map(|t| t.to_string())
    }

    // 2026-03-04 is a Wednesday.
    const WED: &str = "2026-03-04T10:00:00Z";

    #[test]
    fn relative_cues() {
        let cases: &[(&str, &str)] = &[
            ("I have a dentist appointment today", "2026-03-05T00:00:00Z"),
            ("I'm going out tonight", "2026-03-05T00:00:00Z"),
            ("I have an exam tomorrow", "2026-03-06T00:00:00Z"),
            ("My sister arrives the day after tomorrow", "2026-03-07T00:00:00Z"),
            ("I'm busy this week", "2026-03-09T00:00:00Z"),
            ("I'm hiking this weekend", "2026-03-09T00:00:00Z"),
            ("I'm hiking next weekend", "2026-03-16T00:00:00Z"),
            ("I'm in Paris next week", "2026-03-19T00:00:00Z"),
            ("My report is due on Friday", "2026-03-07T00:00:00Z"),
            ("I have a meeting Wednesday", "2026-03-05T00:00:00Z"),
            ("I see my doctor next Monday", "2026-03-10T00:00:00Z"),
            ("I'm moving next month", "2026-05-01T00:00:00Z"),
            ("I want to finish it this month", "2026-04-01T00:00:00Z"),
            ("I start a course in two weeks", "2026-03-19T00:00:00Z"),
            ("My visa expires in 3 months", "2026-06-05T00:00:00Z"),
            ("I'm in Rome for the next 5 days", "2026-03-10T00:00:00Z"),
            ("I went hiking yesterday", "2026-04-04T00:00:00Z"),
            ("I had a fight with my boss this morning", "2026-04-04T00:00:00Z"),
            ("I'm flying to Tokyo", "2026-04-04T00:00:00Z"),
            ("I'm going to Japan", "2026-04-04T00:00:00Z"),
            ("I'm going to Japan this summer", "2026-09-01T00:00:00Z"),
            ("I'm in Lisbon until Friday", "2026-03-07T00:00:00Z"),
        ];
        for (text, expected) in cases {
            assert_eq!(expires(text, WED).as_deref(), Some(*expected), "{text}");
        }
    }

    #[test]
    fn explicit_dates() {
        let cases: &[(&str, &str)] = &[
            ("My flight is on March 20th", "2026-03-21T00:00:00Z"),
            ("The wedding is 3rd of April", "2026-04-04T00:00:00Z"),
            ("My exam is on 2026-03-01", "2026-04-04T00:00:00Z"), // 3 days past: recent
            ("I have a deadline on 2026-05-31", "2026-06-01T00:00:00Z"),
            ("My interview is on Feb 10", "2027-02-11T00:00:00Z"), // passed: next year's
            ("I'm travelling in May", "2026-06-01T00:00:00Z"),
            ("The rent is due on the 15th", "2026-03-16T00:00:00Z"),
            ("The rent is due on the 2nd", "2026-04-03T00:00:00Z"),
            ("The party is on December 31, 2026", "2027-01-01T00:00:00Z"),
        ];
        for (text, expected) in cases {
            assert_eq!(expires(text, WED).as_deref(), Some(*expected), "{text}");
        }
    }

    #[test]
    fn month_ends_and_leap_years() {
        // 31 January + 1 month clamps to the end of February, leap or not.
        assert_eq!(
            expires("I'm away in one month", "2028-01-31T12:00:00Z").as_deref(),
            Some("2028-03-01T00:00:00Z")
        );
        assert_eq!(
            expires("I'm away in one month", "2027-01-31T12:00:00Z").as_deref(),
            Some("2027-03-01T00:00:00Z")
        );
        assert_eq!(
            expires("I'm moving next month", "2028-01-31T23:59:59Z").as_deref(),
            Some("2028-03-01T00:00:00Z")
        );
        assert_eq!(
            expires("I have an exam tomorrow", "2028-02-28T08:00:00Z").as_deref(),
            Some("2028-03-01T00:00:00Z")
        );
        assert_eq!(
            expires("I have an exam tomorrow", "2027-02-28T08:00:00Z").as_deref(),
            Some("2027-03-02T00:00:00Z")
        );
        assert_eq!(
            expires("I have an exam tomorrow", "2026-12-31T23:00:00Z").as_deref(),
            Some("2027-01-02T00:00:00Z")
        );
        assert_eq!(
            expires("I'm busy this month", "2026-12-31T23:00:00Z").as_deref(),
            Some("2027-01-01T00:00:00Z")
        );
        assert_eq!(
            expires("My birthday party is on February 29", "2028-02-01T00:00:00Z").as_deref(),
            Some("2028-03-01T00:00:00Z")
        );
        // 29 February does not exist in 2027: no cue, a lasting statement.
        assert_eq!(expires("The party is on 2027-02-29", "2027-02-01T00:00:00Z"), None);
        assert_eq!(
            expires("I'm away this winter", "2027-11-10T00:00:00Z").as_deref(),
            Some("2028-03-01T00:00:00Z")
        );
        assert_eq!(
            expires("My trip is next year", "2026-03-04T00:00:00Z").as_deref(),
            Some("2028-01-01T00:00:00Z")
        );
    }

    #[test]
    fn lasting_statements_have_no_expiry() {
        for text in [
            "I live in Berlin",
            "I go swimming every Friday",
            "I usually work late on Mondays",
            "I graduated last year",
            "I moved here two years ago",
            "I've been vegan for two years",
            "I got married in 2015",
            "We spend 400 euros a month on food right now",
            "My birthday is May 5th",
            "I'm going to start running",
            "My favourite holiday is Christmas",
        ] {
            assert_eq!(expires(text, WED), None, "{text}");
        }
    }
}
