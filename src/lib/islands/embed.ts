/**
 * The island of a one-chart embed (/embed/map/, /embed/step/N/, …): the
 * iframe side of the height protocols, and nothing else. The chart itself is
 * server HTML, drawn in its state before any script runs.
 */
import { startEmbedChild } from '$lib/embed/child';

startEmbedChild(window);
