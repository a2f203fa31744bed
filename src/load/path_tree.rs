//! The structure of a decision path, checked: the first question exists, every answer leads to
//! a question or result of the path, every question offers a choice, nothing is unreachable,
//! no answer leads back to an earlier question, and every question and result has exactly one
//! way in — so the page of each can show the answers that led to it. Pure.

use crate::diagnostic::Diagnostic;
use crate::load::paths::{DecisionPath, Named, Question};
use std::collections::{BTreeMap, BTreeSet};

/// A step of a route: a question and the position of the answer chosen there.
pub type Step<'p> = (&'p Question, usize);

/// Every problem of `path`'s structure.
pub fn check(path: &DecisionPath) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let error = |(line, col): (usize, usize), message: String, hint: String| {
        Diagnostic::error(&path.path, message)
            .at(line, col)
            .with_hint(hint)
    };
    let ids: Vec<&str> = path
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .chain(path.results.iter().map(|r| r.id.as_str()))
        .collect();
    let suggestion = |wrong: &str| match crate::suggest::nearest(wrong, ids.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None => "name a question (`[questions.<id>]`) or a result (`[results.<id>]`) of this file"
            .to_string(),
    };
    for result in &path.results {
        if path.questions.iter().any(|q| q.id == result.id) {
            problems.push(error(
                result.at,
                format!("`{}` is both a question and a result", result.id),
                "give one of them another id: each is a page with its own URL".to_string(),
            ));
        }
    }
    if !path.questions.iter().any(|q| q.id == path.start) {
        problems.push(error(
            path.start_at,
            format!("`start` names no question: `{}`", path.start),
            suggestion(&path.start),
        ));
    }
    let mut way_in: BTreeMap<&str, (&Question, &Named)> = BTreeMap::new();
    for question in &path.questions {
        match question.answers.len() {
            0 => problems.push(error(
                question.at,
                format!("question `{}` has no answers: a dead end", question.id),
                "add `answers = [{ text = \"…\", next = \"…\" }, …]`".to_string(),
            )),
            1 => problems.push(error(
                question.at,
                format!(
                    "question `{}` has one answer: readers have no choice",
                    question.id
                ),
                "give at least two answers, or lead the answer before it straight on".to_string(),
            )),
            _ => {}
        }
        for answer in &question.answers {
            if !ids.contains(&answer.id.as_str()) {
                problems.push(error(
                    answer.at,
                    format!("no question or result `{}`: a dead end", answer.id),
                    suggestion(&answer.id),
                ));
            } else if let Some((other, first)) = way_in.get(answer.id.as_str()) {
                problems.push(error(
                    answer.at,
                    format!(
                        "`{}` is also where an answer of question `{}` leads (line {})",
                        answer.id, other.id, first.at.0
                    ),
                    "every question and result has one way in, so its page can show the answers \
                     that led there; write a second result under a new id"
                        .to_string(),
                ));
            } else {
                way_in.insert(&answer.id, (question, answer));
            }
        }
    }
    problems.extend(cycles(path));
    if !path.questions.iter().any(|q| q.id == path.start) {
        return problems;
    }
    let reached = reachable(path);
    let unreached = path
        .questions
        .iter()
        .map(|q| (&q.id, q.at, "question"))
        .chain(path.results.iter().map(|r| (&r.id, r.at, "result")))
        .filter(|(id, _, _)| !reached.contains(id.as_str()));
    for (id, at, what) in unreached {
        problems.push(error(
            at,
            format!("{what} `{id}` is never reached from the first question"),
            format!("lead an answer to `{id}`, or remove it"),
        ));
    }
    problems
}

/// The ids reachable from the first question, the first question included.
fn reachable(path: &DecisionPath) -> BTreeSet<&str> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![path.start.as_str()];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(question) = path.questions.iter().find(|q| q.id == id) {
            todo.extend(question.answers.iter().map(|a| a.id.as_str()));
        }
    }
    seen
}

/// An error at each answer that leads back to a question on the way to it from the first.
fn cycles(path: &DecisionPath) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut done = BTreeSet::new();
    let mut stack: Vec<&str> = Vec::new();
    visit(path, &path.start, &mut stack, &mut done, &mut problems);
    problems
}

fn visit<'p>(
    path: &'p DecisionPath,
    id: &'p str,
    stack: &mut Vec<&'p str>,
    done: &mut BTreeSet<&'p str>,
    problems: &mut Vec<Diagnostic>,
) {
    let Some(question) = path.questions.iter().find(|q| q.id == id) else {
        return;
    };
    if !done.insert(id) {
        return;
    }
    stack.push(id);
    for answer in &question.answers {
        if let Some(pos) = stack.iter().position(|s| *s == answer.id) {
            let mut circle: Vec<&str> = stack[pos..].to_vec();
            circle.push(&answer.id);
            problems.push(
                Diagnostic::error(&path.path, format!("a cycle: {}", circle.join(" → ")))
                    .at(answer.at.0, answer.at.1)
                    .with_hint(
                        "an answer must lead on to a later question or a result, never back",
                    ),
            );
        } else {
            visit(path, &answer.id, stack, done, problems);
        }
    }
    stack.pop();
}

/// The answers that lead from the first question to the question or result `id`, first step
/// first; empty for the first question. `path` must have passed [`check`].
pub fn route<'p>(path: &'p DecisionPath, id: &str) -> Vec<Step<'p>> {
    let mut steps = Vec::new();
    let mut current = id;
    while current != path.start && steps.len() <= path.questions.len() {
        let Some(step) = path.questions.iter().find_map(|q| {
            q.answers
                .iter()
                .position(|a| a.id == current)
                .map(|i| (q, i))
        }) else {
            break;
        };
        current = &step.0.id;
        steps.push(step);
    }
    steps.reverse();
    steps
}
