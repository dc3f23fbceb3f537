/**
 * The docs pages in the colour scheme the toolbar chose: under "Dark", Storybook's dark docs
 * theme, so the page around each dark story is dark too, not a white page with dark strips.
 */
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { createElement, useEffect, useState, type PropsWithChildren } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';

type Globals = Record<string, unknown>;
/** The docs context's store of the toolbar's values (not in its public type). */
type WithStore = { store?: { userGlobals?: { get(): Globals } } };

export function SchemeDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const { context } = props;
  const [scheme, setScheme] = useState(
    () => (context as unknown as WithStore).store?.userGlobals?.get().scheme,
  );
  useEffect(() => {
    const onGlobals = ({ globals }: { globals: Globals }) => setScheme(globals.scheme);
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context]);
  return createElement(
    DocsContainer,
    { ...props, theme: scheme === 'dark' ? themes.dark : themes.light },
    props.children,
  );
}
