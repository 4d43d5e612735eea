/**
 * A schema (or any object) built on first use instead of when its module is imported. A start from the content
 * snapshot validates nothing, so the content schemas (hundreds of zod objects) need not exist there; the loaders,
 * `npm run build`, the CLI and the tests build each one the first time they use it, once. The value stands for the
 * built object: property reads, `in`, `instanceof` and method calls go to it.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    ownKeys: () => Reflect.ownKeys(real()).filter((key) => Reflect.getOwnPropertyDescriptor(real(), key)?.configurable),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor?.configurable ? descriptor : undefined;
    },
  });
}
