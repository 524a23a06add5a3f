/**
 * html-validate configuration for the built site (tests/dist/html-validity.test.ts).
 * The recommended preset, every rule an error. A rule turned off or loosened here says why.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
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
  },
};
