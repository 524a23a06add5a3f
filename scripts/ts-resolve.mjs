// Lets plain Node import the project's TypeScript modules, whose relative imports have no
// extension (Vite resolves them; Node does not): a relative specifier that is not found is
// retried with `.ts`. Used by scripts that reuse the test helpers (measure-search.mjs).
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
    return next(`${specifier}.ts`, context);
  }
}
