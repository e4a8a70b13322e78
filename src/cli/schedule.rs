//! `roundtable schedule --event SLUG`: builds an event's schedule in the
//! database, as the organizer's button does (locked meetings stay).

use super::connect_and_migrate;
use crate::db;
use crate::domain::meeting::SlotIndex;
use crate::services::match_index::MatchIndex;
use crate::services::schedule_run;

#[derive(clap::Args)]
pub struct Args {
    /// The event's slug, as in /events/SLUG
    #[arg(long)]
    event: String,
    /// During the session: keep the meetings before this slot (1 is the
    /// first) and place new ones from it on
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=100))]
    from_slot: Option<u16>,
}

pub async fn run(args: Args, url: &str) -> anyhow::Result<()> {
    let slug = &args.event;
    let from = args.from_slot.map_or(0, |s| usize::from(s) - 1);
    let conn = connect_and_migrate(url).await?;
    let event = db::events::find_by_slug(&conn, slug)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no event has the slug “{slug}”"))?;
    let index = MatchIndex::default();
    let started = std::time::Instant::now();
    if from >= event.spec.slots.len() {
        anyhow::bail!(
            "--from-slot {} is past the event's last slot ({})",
            from + 1,
            event.spec.slots.len()
        );
    }
    let run = schedule_run::run(&conn, &index, &event, SlotIndex(from)).await?;
    println!(
        "{}: {} meetings placed ({} at group tables), {} locked kept; total score {:.1}; {:.2} s.",
        event.spec.name,
        run.placed,
        run.groups,
        run.kept,
        run.total_score,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
