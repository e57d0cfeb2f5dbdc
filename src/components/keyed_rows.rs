//! The rows of a large table body, built with the DOM directly and kept in step with a list by
//! key: a row whose item is unchanged keeps its element (and the focus in it), a changed item
//! gets a new row, a gone item loses its row, and the rows follow the list's order.
//!
//! For tables of up to 1,000 rows where the paint is on a budget (1.3x a hand-written DOM
//! table): a `view!` row costs about twice the DOM calls' own time in building and boxing
//! views, a comment marker per element and a closure per listener. Rows built here have no
//! listeners of their own; their table listens once on its body (event delegation).

use std::collections::HashMap;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// The rows of one table body and the items they were built from.
pub struct KeyedRows<T> {
    rows: Vec<(T, Element)>,
}

impl<T> Default for KeyedRows<T> {
    fn default() -> Self {
        Self { rows: Vec::new() }
    }
}

impl<T: PartialEq> KeyedRows<T> {
    /// Makes `body`'s rows those of `items`, in their order, and keeps the items: an item
    /// equal to the one a row was built from keeps that row (matched by `key`); every other
    /// item gets a row from `build`. `body` must hold only these rows. The focus stays where
    /// it was if its row stays.
    pub fn update(
        &mut self,
        body: &Element,
        items: impl IntoIterator<Item = T>,
        key: impl Fn(&T) -> &str,
        mut build: impl FnMut(&T) -> Element,
    ) {
        let mut old: HashMap<String, (usize, T, Element)> = HashMap::with_capacity(self.rows.len());
        for (at, (item, row)) in self.rows.drain(..).enumerate() {
            // A key listed twice (an API's mistake) had two rows: the first one goes.
            if let Some((_, _, twin)) = old.insert(key(&item).to_owned(), (at, item, row)) {
                twin.remove();
            }
        }
        // Each new row, with its place in the old order if it is an old row kept.
        let mut rows: Vec<(T, Element, Option<usize>)> = Vec::new();
        for item in items {
            let (row, was_at) = match old.remove(key(&item)) {
                Some((at, before, row)) if before == item => (row, Some(at)),
                Some((_, _, row)) => {
                    row.remove();
                    (build(&item), None)
                }
                None => (build(&item), None),
            };
            rows.push((item, row, was_at));
        }
        for (_, _, row) in old.into_values() {
            row.remove();
        }
        let focused = body.owner_document().and_then(|d| d.active_element());
        place_in_order(body, &rows);
        if let Some(focused) = focused {
            // A moved row loses the focus in it: give it back.
            let lost = focused.owner_document().and_then(|d| d.active_element()).as_ref() != Some(&focused);
            if lost && body.contains(Some(&focused)) {
                if let Some(el) = focused.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
        self.rows = rows.into_iter().map(|(item, row, _)| (item, row)).collect();
    }
}

/// Puts the rows into `body` in this order. The old rows whose order is kept (the longest run
/// of old places that rises) stay where they are; every other row is inserted before the row
/// that follows it. The first rows of an empty body go in through one fragment.
fn place_in_order<T>(body: &Element, rows: &[(T, Element, Option<usize>)]) {
    if body.first_child().is_none() {
        if let Some(fragment) = body.owner_document().map(|d: Document| d.create_document_fragment()) {
            for (_, row, _) in rows {
                let _ = fragment.append_child(row);
            }
            let _ = body.append_child(&fragment);
            return;
        }
    }
    let stays = longest_rising(rows.iter().map(|(_, _, at)| *at));
    let mut next: Option<Node> = None;
    for (index, (_, row, _)) in rows.iter().enumerate().rev() {
        let node: &Node = row.unchecked_ref();
        if !stays[index] {
            let _ = body.insert_before(node, next.as_ref());
        }
        next = Some(node.clone());
    }
}

/// Marks the longest strictly rising subsequence of the known places (`None` never belongs).
fn longest_rising(places: impl Iterator<Item = Option<usize>>) -> Vec<bool> {
    let places: Vec<Option<usize>> = places.collect();
    // tails[k]: index (into places) of the smallest tail of a rising run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; places.len()];
    for (index, place) in places.iter().enumerate() {
        let Some(place) = *place else { continue };
        let length = tails.partition_point(|&t| places[t].is_some_and(|p| p < place));
        previous[index] = length.checked_sub(1).map(|k| tails[k]);
        if length == tails.len() {
            tails.push(index);
        } else {
            tails[length] = index;
        }
    }
    let mut stays = vec![false; places.len()];
    let mut at = tails.last().copied();
    while let Some(index) = at {
        stays[index] = true;
        at = previous[index];
    }
    stays
}

#[cfg(test)]
mod tests {
    use super::longest_rising;

    fn marks(places: &[Option<usize>]) -> Vec<bool> {
        longest_rising(places.iter().copied())
    }

    #[test]
    fn the_rows_that_stay_are_the_longest_rising_run_of_old_places() {
        assert_eq!(marks(&[]), Vec::<bool>::new());
        assert_eq!(marks(&[None, None]), [false, false], "new rows never stay");
        assert_eq!(marks(&[Some(0), Some(1), Some(2)]), [true, true, true], "nothing moved");
        // 9 new, 1 new, 2 (old place 2), 0 (old place 0): one of them moves.
        assert_eq!(marks(&[None, None, Some(2), Some(0)]).iter().filter(|s| **s).count(), 1);
        // The first row went to the end: only it moves.
        assert_eq!(marks(&[Some(1), Some(2), Some(3), Some(0)]), [true, true, true, false]);
        // Reversed: one stays.
        assert_eq!(marks(&[Some(3), Some(2), Some(1), Some(0)]).iter().filter(|s| **s).count(), 1);
        assert_eq!(marks(&[Some(0), None, Some(4), Some(2), Some(3)]), [true, false, false, true, true]);
    }
}
