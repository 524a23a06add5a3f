/**
 * html-validate configuration for the built site (tests/site/html-validity.test.ts).
 * The recommended preset, every rule an error. A rule turned off or loosened here says why.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro writes its island runtime's `<style>astro-island,…{display:contents}</style>` into
      // the body, just before the first island; no page controls that. Browsers apply a style
      // element wherever it is (W3C HTML 5.2 allowed it in the body); only its place is at issue.
      style: { flow: true },
    },
  ],
  rules: {
    // Heading anchors are slugs of Chinese headings and may begin with a digit
    // ("1个社区党组织x个党支部"). HTML allows any id without spaces, and fragment links to them
    // work; the strict form (must begin with a letter) only eases unescaped CSS selectors, and no
    // stylesheet or script selects these ids. Relaxed still rejects empty ids and ids with spaces.
    'valid-id': ['error', { relaxed: true }],

    // A group of checkboxes sharing one name is how a form submits several values
    // (compare/?cases=a&cases=b); the rule's default only lets radio buttons and buttons share.
    // Text inputs and selects with one name are still errors.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],

    // React's server renderer writes a few attribute names in camelCase (colSpan on the compare
    // tables). HTML reads attribute names case-insensitively, so this is spelling, not validity;
    // UPPERCASE and PascalCase are still rejected.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],

    // Two renderers write the pages: Astro leaves void elements unclosed (`<input>`), React's
    // server renderer self-closes them (`<input/>`). HTML parses both the same; the rule is about
    // spelling one way throughout, which a page cannot choose for the markup React writes.
    'void-style': 'off',

    // The compare tool marks each case with its own colour, a value of the data (one per case),
    // not of the design; it is set inline as `background`. Every other property is still an error.
    'no-inline-style': ['error', { allowedProperties: ['display', 'background'] }],

    // A label on a description list (`<dl aria-label="主要数字">`) is allowed by ARIA but not read
    // by every screen reader. The labels here only summarise what the terms and values say in
    // full, so a reader who does not hear them misses nothing. Labels on elements that may not be
    // named at all (a plain <div> or <span>) are still errors.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],

    // Wide tables sit in a focusable, named `<div role="region">` so keyboard users can scroll
    // them. A named <section> would be the same landmark to assistive technology, and the pages
    // style <section> as a page section; other roles with a native element are still errors.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};
