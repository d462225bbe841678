/**
 * Content in the partnership's languages: the translations of the texts people write (pilots, tools, recommendations),
 * beside their originals. The features whose content can be translated describe their texts
 * ({@link eu.cinema.translation.TranslatableContent}); this module keeps the translations, tells readers which text to
 * show in their language, and reads and writes translators' files.
 */
package eu.cinema.translation;
