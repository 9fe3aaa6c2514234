export async function register() {
  // process.env.NEXT_RUNTIME is replaced at build time (not configuration, so not in lib/env.ts): the literal
  // test is what keeps the database code out of the edge bundle.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./db/bootstrap");
    prepareDatabase();
  }
}
