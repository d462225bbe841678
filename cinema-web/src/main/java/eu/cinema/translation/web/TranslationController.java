package eu.cinema.translation.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.NotFoundException;
import eu.cinema.history.HistoryService;
import eu.cinema.translation.ContentTranslation;
import eu.cinema.translation.TranslationFileException;
import eu.cinema.translation.TranslationFiles;
import eu.cinema.translation.TranslationService;
import eu.cinema.translation.TranslationSheet;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;

/**
 * Translating the portal's content (docs/translations.md): the side-by-side form of one item, and the translators'
 * files of each kind of content. Whoever may edit an item translates it.
 */
@Controller
@RequestMapping("/translations")
class TranslationController {

    /** A translator's file is text: a few megabytes hold every text of a kind many times over. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final String SHEET_VIEW = "translation/sheet";
    private static final String FILES_VIEW = "translation/files";

    private final TranslationService translations;
    private final TranslationFiles files;
    private final HistoryService history;

    TranslationController(TranslationService translations, TranslationFiles files, HistoryService history) {
        this.translations = translations;
        this.files = files;
        this.history = history;
    }

    @GetMapping
    String files(Model model) {
        model.addAttribute("types", translations.types());
        return FILES_VIEW;
    }

    @GetMapping("/{type}/{id}")
    String sheet(@PathVariable String type, @PathVariable long id, @RequestParam(required = false) String to, Locale locale, Model model) {
        TranslationSheet sheet = translations.sheet(type, id, target(type, id, to, locale));
        model.addAttribute("translationForm", TranslationForm.of(sheet));
        return sheetView(sheet, model);
    }

    @PostMapping("/{type}/{id}")
    String save(@PathVariable String type, @PathVariable long id, @RequestParam String to,
            @Valid @ModelAttribute("translationForm") TranslationForm form, BindingResult result, RedirectAttributes redirect, Model model) {
        TranslationSheet sheet = translations.sheet(type, id, to);
        checkLengths(sheet, form, result);
        return FormPost.of(result)
                .onStaleEdit(() -> form.seeNow(translations.sheet(type, id, to)))
                .submit(() -> {
                    translations.save(type, id, to, form.texts(), form.seen());
                    return FormPost.saved(redirect, "/translations/" + type + "/" + id + "?to=" + to,
                            Saved.of("translation.saved", sheet.item().title()));
                }, () -> sheetView(translations.sheet(type, id, to), model));
    }

    /** Each text's own limit, beside the text; the service checks it again. */
    private static void checkLengths(TranslationSheet sheet, TranslationForm form, BindingResult result) {
        List<TranslationForm.Row> rows = form.getRows();
        for (int index = 0; index < rows.size(); index++) {
            TranslationForm.Row row = rows.get(index);
            int rowIndex = index;
            String text = row.getText() == null ? "" : row.getText().strip();
            sheet.item().text(row.getField())
                    .filter(original -> text.length() > original.maxLength())
                    .ifPresent(original -> result.rejectValue("rows[" + rowIndex + "].text", "translation.error.tooLong",
                            new Object[] {original.maxLength()}, "translation.error.tooLong"));
        }
    }

    /** The form, and below it every change to the item's translations in any language (Envers keeps them). */
    private String sheetView(TranslationSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("history", history.historyWhere(ContentTranslation.class,
                Map.of("contentType", sheet.item().type(), "contentId", sheet.item().id())));
        model.addAttribute("languages", translations.languages());
        return SHEET_VIEW;
    }

    /** The language asked for; else the reader's, unless the item is written in it; else the first other one. */
    private String target(String type, long id, String to, Locale locale) {
        if (to != null) {
            return to;
        }
        String written = translations.item(type, id).lang();
        return locale.getLanguage().equals(written)
                ? translations.languages().stream().filter(lang -> !lang.equals(written)).findFirst().orElse(written)
                : locale.getLanguage();
    }

    /** A CSV file with a byte order mark, so that spreadsheets open it as UTF-8. */
    @GetMapping("/{type}.csv")
    ResponseEntity<String> export(@PathVariable String type) {
        translations.types().stream().filter(type::equals).findFirst().orElseThrow(() -> new NotFoundException("content type", type));
        StringWriter out = new StringWriter().append('\uFEFF');
        files.export(type, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cinema-" + type + "-translations.csv")
                        .build().toString())
                .body(out.toString());
    }

    @PostMapping("/{type}/import")
    String importFile(@PathVariable String type, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(type, List.of(new TranslationFileException.Problem(0, "translation.file.empty")), model, response);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return refused(type, List.of(new TranslationFileException.Problem(0, "translation.file.tooLarge")), model, response);
        }
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            int written = files.importFile(type, in);
            return FormPost.saved(redirect, "/translations", Saved.of("translation.file.imported", written, type));
        } catch (TranslationFileException refused) {
            return refused(type, refused.getProblems(), model, response);
        } catch (CharacterCodingException notUtf8) {
            return refused(type, List.of(new TranslationFileException.Problem(0, "translation.file.notUtf8")), model, response);
        }
    }

    /** A refused file: nothing saved, the page again with what is wrong, answered 400. */
    private String refused(String type, List<TranslationFileException.Problem> problems, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", problems);
        model.addAttribute("refusedType", type);
        return files(model);
    }
}
