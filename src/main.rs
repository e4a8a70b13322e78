/// mimalloc gives back to the system what the index builds and drops (with
/// glibc's allocator, memory freed by the database's worker threads after a
/// load of 50,000 profiles stayed resident).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    roundtable::cli::main()
}
