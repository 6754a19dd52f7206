//! The page model: one pure function from a session (the link and what the person did to it)
//! and the tax year in force to everything the top of the page says and shows, the summary,
//! the notices, the privacy line and the form's fields, and the figures the sections below are
//! drawn from. Both stages of loading call it; nothing else works these out.

use super::session::Session;
use crate::amount;
use crate::data::dataset;
use crate::display::fields::{
    choice_labels, disclosure_of, field_text, how_to, line_for_value, option_id, reading, Disclosure, Reading,
};
use crate::display::link_privacy;
use crate::display::offers::{self, Offer};
use crate::display::summary::{self, Texts};
use crate::filters::{Dimension, Field, Job, Kind, Link, Notice, Own, Param, Profile, Selection};
use crate::format::rupees_of;
use crate::model::{Estimate, Model};
use crate::tax::{compare, employer_nps_effect, least_ctc, new_regime, Comparison, PayInHand, YearInForce};

/// A field of the form as it shows: its text, the line under it, and whether that line says
/// the text cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldView {
    pub field: Field,
    pub text: String,
    pub line: String,
    pub invalid: bool,
}

/// Profile B's figures while comparing: its estimate, and both regimes for its offer (or its
/// estimate as shown).
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileB {
    pub estimate: Estimate,
    pub lead: Comparison,
}

/// Everything the top of the page says and shows, and the figures below it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub estimate: Estimate,
    /// Both regimes for profile A's offer, or its estimate as shown without one.
    pub lead: Comparison,
    pub b: Option<ProfileB>,
    /// With an offer, the estimate as shown under the new regime (without one, `lead` is the
    /// estimate's).
    pub estimate_pay: Option<PayInHand>,
    /// Both regimes for the current CTC, on the current job's own terms.
    pub current_pay: Option<Comparison>,
    pub summary: Texts,
    /// Each notice about the link, in words; empty when none stands.
    pub notices: Vec<String>,
    /// Next to Copy link: which amounts the link carries; empty when none.
    pub privacy: String,
    /// Copy link's line, and the link to copy by hand where the clipboard refused it.
    pub copy_status: String,
    pub manual_link: Option<String>,
    /// Every field of profile A's form, in the table's order (B's are the compare panel's,
    /// `fields_of`).
    pub fields: Vec<FieldView>,
    /// Each filter's chosen slug ("" for Any), A's then B's while comparing.
    pub filters: Vec<(Field, &'static str)>,
    /// The words of each option of a choice, for the rules in force: (its id, its words).
    pub options: Vec<(String, String)>,
    /// Which disclosures are open.
    pub open: super::session::Open,
}

impl Page {
    /// The view of a field, if the page has it.
    pub fn field(&self, field: Field) -> Option<&FieldView> {
        self.fields.iter().find(|f| f.field == field)
    }
}

/// The page for a session under the rules in force.
pub fn page(session: &Session, year: &YearInForce) -> Page {
    let rules = year.rules;
    let model = Model::from_dataset(dataset());
    let link = &session.link;
    let (job, own) = (&link.job, &link.own);
    let estimate = model.estimate(&link.selection.inputs());
    let on_a = Terms::of(&link.selection, job, own);
    let both = |lakh: f64| on_a.compare(year, lakh);
    let shown = estimate.shown();
    let lead = both(job.offer.unwrap_or(shown));
    let current_pay = own.current_job(job).and_then(|now| {
        let lakh = now.offer?;
        Some(Terms::of(&own.current_selection(&link.selection), &now, own).compare(year, lakh))
    });
    let estimate_pay = job.offer.map(|_| new_regime(rules, rupees_of(shown), &job.structure, on_a.city));
    let ask = (own.want > 0.0)
        .then(|| {
            least_ctc(rules, own.want, &job.structure, &on_a.claims, on_a.city, rupees_of(amount::MAX_LAKH))
        })
        .flatten();
    let estimate_lead = job.offer.filter(|&offer| offer < shown).map(|_| both(shown));
    let b = link.compare.map(|selection| {
        let estimate = model.estimate(&selection.inputs());
        let terms = Terms::of(&selection, &link.b_job, own);
        let lead = terms.compare(year, link.b_job.offer.unwrap_or(estimate.shown()));
        ProfileB { estimate, lead }
    });
    let two = two_offers(link, &estimate, &lead, b.as_ref()).map(|(a, b)| {
        let (verdict, b_leads) = offers::verdict_of(rules, &a, &b);
        summary::TwoOffers { verdict, b_leads: b_leads.then_some(b.pay) }
    });
    let summary = summary::texts(&summary::Inputs {
        rules,
        selection: &link.selection,
        job,
        estimate: &estimate,
        offer: job.offer,
        current: own.current,
        own,
        offer_from_the_link: session.opened.job.offer.is_some() && session.opened.job.offer == job.offer,
        lead: Some(&lead),
        current_pay: current_pay.as_ref(),
        estimate_pay: estimate_pay.as_ref(),
        shared: link_privacy::shared_line(link, &session.opened),
        want: own.want,
        ask: ask.as_ref(),
        estimate_lead: estimate_lead.as_ref(),
        employer_nps: on_a.employer_nps(year, &lead),
        offers: two,
    });
    let fields = fields_of(session, Profile::A, &summary.employer_nps);
    let mut filters: Vec<(Field, &'static str)> = selected(Profile::A, &link.selection);
    if let Some(selection) = &link.compare {
        filters.extend(selected(Profile::B, selection));
    }
    let copied = session.copied.as_ref();
    Page {
        estimate,
        lead,
        b,
        estimate_pay,
        current_pay,
        summary,
        notices: session.notices.iter().map(Notice::text).collect(),
        privacy: link_privacy::in_link(link).unwrap_or_default(),
        copy_status: copied
            .map(|c| if c.ok { link_privacy::COPIED } else { link_privacy::COPY_REFUSED })
            .unwrap_or_default()
            .to_string(),
        manual_link: copied.filter(|c| !c.ok).map(|c| c.url.clone()),
        fields,
        filters,
        options: options(year),
        open: session.open,
    }
}

/// A profile's terms for the tax: its structure, the person's claims in its job, its city.
pub struct Terms<'a> {
    job: &'a Job,
    claims: crate::tax::Claims,
    city: Option<&'static str>,
}

impl<'a> Terms<'a> {
    pub fn of(selection: &Selection, job: &'a Job, own: &Own) -> Terms<'a> {
        Terms { job, claims: job.claims(own), city: selection.city.map(|c| c.slug.as_ref()) }
    }

    /// Both regimes for a CTC in lakh.
    pub fn compare(&self, year: &YearInForce, lakh: f64) -> Comparison {
        compare(year.rules, rupees_of(lakh), &self.job.structure, &self.claims, self.city)
    }

    /// What the employer's NPS costs and saves a year, for `lead`'s CTC.
    pub fn employer_nps(&self, year: &YearInForce, lead: &Comparison) -> (f64, f64) {
        employer_nps_effect(year.rules, lead, &self.job.structure, &self.claims, self.city)
    }
}

/// Offers A and B, while comparing with both offers given.
fn two_offers<'a>(
    link: &Link,
    estimate: &'a Estimate,
    lead: &'a Comparison,
    b: Option<&'a ProfileB>,
) -> Option<(Offer<'a>, Offer<'a>)> {
    let (a_job, b_job) = (&link.job, &link.b_job);
    let a = Offer { ctc: a_job.offer?, join: a_job.join, estimate, pay: lead };
    let b = b?;
    Some((a, Offer { ctc: b_job.offer?, join: b_job.join, estimate: &b.estimate, pay: &b.lead }))
}

/// "Two offers", while comparing with both offers given: the section's texts, worked out from
/// the page. Apart from `page`, whose summary needs only the verdict and the offer it names,
/// because the first stage shows no section.
pub fn two_offers_texts(session: &Session, page: &Page, year: &YearInForce) -> Option<offers::Texts> {
    let (a, b) = two_offers(&session.link, &page.estimate, &page.lead, page.b.as_ref())?;
    Some(offers::texts(year.rules, &a, &b, page.current_pay.as_ref()))
}

/// Each filter's chosen slug.
fn selected(profile: Profile, selection: &Selection) -> Vec<(Field, &'static str)> {
    Dimension::ALL
        .into_iter()
        .map(|dim| (Field::Filter(profile, dim), selection.get(dim).map_or("", |e| e.slug.as_ref())))
        .collect()
}

/// The fields of a profile (B has its job's only), each with what is typed in it or the link's
/// value, and its line; the employer's NPS's says what it costs and saves (`employer_nps`).
pub fn fields_of(session: &Session, profile: Profile, employer_nps: &str) -> Vec<FieldView> {
    let (job, own) = session.terms(profile);
    Param::ALL
        .iter()
        .filter(|p| profile == Profile::A || p.in_job())
        .map(|&param| {
            let field = Field::Param(profile, param);
            let (text, line, invalid) = match session.typed(field) {
                Some(typed) => match reading(param, &typed.text, typed.left) {
                    Some(Reading::Value(_, line)) => (typed.text.clone(), line, false),
                    Some(Reading::Incomplete) => (typed.text.clone(), how_to(param), false),
                    Some(Reading::Wrong(message)) => (typed.text.clone(), message, true),
                    None => (typed.text.clone(), String::new(), false),
                },
                None => (field_text(param, job, own), line_for_value(param, job, own), false),
            };
            // The employer's NPS says beside its field what it costs and saves.
            let line = if param == Param::EmployerNps && !invalid && !employer_nps.is_empty() {
                employer_nps.to_string()
            } else {
                line
            };
            FieldView { field, text, line, invalid }
        })
        .collect()
}

/// The words of every choice's options, by the option's id: the PF's name the wage ceiling in
/// force.
fn options(year: &YearInForce) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // The selects of the app's own disclosures are worded by the app: the shell has none.
    for &param in Param::ALL.iter().filter(|&&p| !disclosure_of(p).is_some_and(Disclosure::app_only)) {
        if let Kind::Choice { slugs, .. } = param.row().kind {
            let id = Field::Param(Profile::A, param).id();
            for (slug, label) in slugs.iter().zip(choice_labels(param, year)) {
                out.push((option_id(&id, slug), label));
            }
        }
    }
    out
}
