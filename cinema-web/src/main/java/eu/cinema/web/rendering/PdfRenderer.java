package eu.cinema.web.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA structure, fonts embedded) with
 * openhtmltopdf. Templates for PDFs are well-formed XHTML and use no request-bound links.
 */
@Component
public class PdfRenderer {

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;

    PdfRenderer(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.beans = new ThymeleafEvaluationContext(application, null);
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        // Outside a request, templates reach beans such as @dates only through this variable.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
