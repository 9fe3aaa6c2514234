export async function register() {
  const { env } = await import("./lib/env");
  if (env().NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./db/bootstrap");
    prepareDatabase();
  }
}
