//! What a person picks: the five filters, a selection of one choice (or "Any") per filter,
//! and the two profiles of compare mode.

use crate::data::{Dataset, Entry, Table};
use crate::model::Inputs;

/// A filter of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Role,
    City,
    Skill,
    Experience,
    Employer,
}

impl Dimension {
    /// In form order, which is also the canonical URL order.
    pub const ALL: [Dimension; 5] = [Self::Role, Self::City, Self::Skill, Self::Experience, Self::Employer];

    /// The URL query parameter.
    pub fn param(self) -> &'static str {
        match self {
            Self::Role => "role",
            Self::City => "city",
            Self::Skill => "skill",
            Self::Experience => "exp",
            Self::Employer => "company",
        }
    }

    /// The form label, which is also the select's accessible name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Role => "Role",
            Self::City => "City",
            Self::Skill => "Skill",
            Self::Experience => "Experience",
            Self::Employer => "Employer",
        }
    }

    /// What one choice is called in a sentence, with its article: "a city", "an employer".
    pub fn a_choice(self) -> &'static str {
        match self {
            Self::Role => "a role",
            Self::City => "a city",
            Self::Skill => "a skill",
            Self::Experience => "an experience level",
            Self::Employer => "an employer",
        }
    }

    /// The table that lists this filter's choices and figures (the cities with the workplaces
    /// the survey does not list, which have no figure).
    pub fn table(self, data: &Dataset) -> &Table {
        match self {
            Self::Role => &data.role_choices,
            Self::City => &data.city_choices,
            Self::Skill => &data.skills,
            Self::Experience => &data.experience,
            Self::Employer => &data.recruiters,
        }
    }

    /// The survey's own table for this filter, with a figure for each choice: the cities
    /// without the workplaces it does not list.
    pub fn figures(self, data: &Dataset) -> &Table {
        match self {
            Self::City => &data.cities,
            _ => self.table(data),
        }
    }

    /// What a form's select sent: `Some(None)` for "Any" (an empty value), `Some(Some(entry))`
    /// for a known slug, `None` for anything else.
    pub fn choice_from_form(self, data: &'static Dataset, value: &str) -> Option<Option<&'static Entry>> {
        match value {
            "" => Some(None),
            slug => self.table(data).find(slug).map(Some),
        }
    }

    pub fn from_param(param: &str) -> Option<Dimension> {
        Self::ALL.into_iter().find(|d| d.param() == param)
    }
}

/// What is chosen for each filter; `None` is "Any".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Selection {
    pub role: Option<&'static Entry>,
    pub city: Option<&'static Entry>,
    pub skill: Option<&'static Entry>,
    pub experience: Option<&'static Entry>,
    pub employer: Option<&'static Entry>,
}

impl Selection {
    pub fn get(&self, dim: Dimension) -> Option<&'static Entry> {
        match dim {
            Dimension::Role => self.role,
            Dimension::City => self.city,
            Dimension::Skill => self.skill,
            Dimension::Experience => self.experience,
            Dimension::Employer => self.employer,
        }
    }

    pub fn set(&mut self, dim: Dimension, choice: Option<&'static Entry>) {
        let slot = match dim {
            Dimension::Role => &mut self.role,
            Dimension::City => &mut self.city,
            Dimension::Skill => &mut self.skill,
            Dimension::Experience => &mut self.experience,
            Dimension::Employer => &mut self.employer,
        };
        *slot = choice;
    }

    /// The figures the model needs.
    pub fn inputs(&self) -> Inputs {
        Inputs {
            role: self.role.map(|e| e.lakh),
            experience: self.experience.map(|e| e.lakh),
            city: self.city.and_then(Entry::figure),
            skill: self.skill.map(|e| e.lakh),
            employer: self.employer.map(|e| e.lakh),
        }
    }
}

/// One of the two profiles in compare mode; A is the only one outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    A,
    B,
}

impl Profile {
    /// What goes before a parameter name in the URL.
    pub fn prefix(self) -> &'static str {
        match self {
            Profile::A => "",
            Profile::B => "b.",
        }
    }
}
