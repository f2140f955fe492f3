// Embeds and their index are server HTML, like the story: only their islands run.
export const csr = false;
