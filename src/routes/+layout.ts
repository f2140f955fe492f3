// Every page is prerendered to plain HTML, and lives at DIR/index.html.
export const prerender = true;
export const trailingSlash = 'always';
