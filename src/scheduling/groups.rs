//! Group tables: three organizations around one need (a beneficiary, a
//! provider and a funder), each on a free table of three or more seats in the
//! first slot where all three are free.

use std::collections::HashSet;

use super::Fixed;
use crate::matching::Triangle;

/// Where group tables can go.
pub struct GroupBoard<'a> {
    /// Group tables (three seats or more), in the planner's table order.
    pub tables: &'a [usize],
    pub slots: usize,
    /// `busy[o][s]`: organization `o` is not free in slot `s`.
    pub busy: Vec<Vec<bool>>,
    /// (slot, table) pairs already taken.
    pub held: HashSet<(usize, usize)>,
}

/// A group table placed: its slot, its table, and who sits there.
pub struct PlacedGroup<'a> {
    pub slot: usize,
    pub table: usize,
    pub members: [usize; 3],
    pub triangle: &'a Triangle,
}

impl GroupBoard<'_> {
    /// Seats `triangles` in order where they fit; the others are left out.
    pub fn place<'t>(&mut self, triangles: &'t [Triangle]) -> Vec<PlacedGroup<'t>> {
        let mut placed = Vec::new();
        for t in triangles {
            let who = [t.beneficiary, t.provider, t.funder];
            let place = (0..self.slots).find_map(|s| {
                if who.iter().any(|&o| self.busy[o][s]) {
                    return None;
                }
                self.tables
                    .iter()
                    .find(|&&g| !self.held.contains(&(s, g)))
                    .map(|&g| (s, g))
            });
            if let Some((s, g)) = place {
                self.held.insert((s, g));
                for &o in &who {
                    self.busy[o][s] = true;
                }
                placed.push(PlacedGroup {
                    slot: s,
                    table: g,
                    members: who,
                    triangle: t,
                });
            }
        }
        placed
    }

    /// Marks the fixed meetings' tables and members as taken; `order` maps the
    /// planner's table positions to the event's tables.
    pub fn hold(&mut self, fixed: &[Fixed], order: &[usize]) {
        for f in fixed {
            self.held.insert((f.slot, order[f.table]));
            for &m in &f.members {
                self.busy[m][f.slot] = true;
            }
        }
    }
}
