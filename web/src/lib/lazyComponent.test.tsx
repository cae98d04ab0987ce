import { lazy, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, loader } from './lazyComponent';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (Component: ComponentType<{ name: string }>) =>
  renderToString(
    <Suspense fallback={<p>Loading</p>}>
      <Component name="Carol" />
    </Suspense>,
  );

describe('loader', () => {
  it('imports once for every caller and remembers the module once it is in', async () => {
    const load = vi.fn(async () => ({ Greeting }));
    const page = loader(load);
    expect(page.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([page(), page()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    expect(page.loaded()).toBe(first);
  });

  it('tries again after a failed import', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValueOnce({ Greeting });
    const page = loader<{ Greeting: typeof Greeting }>(load);
    await expect(page()).rejects.toThrow('chunk failed');
    expect(page.loaded()).toBeUndefined();
    await expect(page()).resolves.toEqual({ Greeting });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyComponent', () => {
  it('suspends (shows the fallback) while its module is not in', () => {
    const Page = lazyComponent(
      loader(() => new Promise<{ Greeting: typeof Greeting }>(() => {})),
      (module) => module.Greeting,
    );
    const html = inSuspense(Page);
    expect(html).toContain('Loading');
    expect(html).not.toContain('Hello');
  });

  it('renders at once, without the fallback, once any caller has loaded the module', async () => {
    const page = loader(async () => ({ Greeting }));
    // React.lazy over the same, already loaded module still suspends on its first render:
    // the behaviour this helper exists to avoid.
    await page();
    expect(inSuspense(lazy(() => page().then((module) => ({ default: module.Greeting }))))).toContain('Loading');

    const Page = lazyComponent(page, (module) => module.Greeting);
    const html = inSuspense(Page);
    expect(html).toContain('Hello <!-- -->Carol');
    expect(html).not.toContain('Loading');
  });
});
