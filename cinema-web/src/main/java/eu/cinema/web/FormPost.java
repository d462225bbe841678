package eu.cinema.web;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.DomainException;
import eu.cinema.common.StaleEditException;

/**
 * The one way every edit controller handles a form post: bound and validated input that has errors goes back to
 * the form; otherwise the action calls the service and answers with where to go (post/redirect/get, usually with a
 * message that names what was saved: {@link #saved}); a stale edit or a domain refusal goes back to the form with its message beside
 * the field it concerns, the input kept as typed.
 *
 * <pre>
 * return FormPost.of(result)
 *         .onStaleEdit(() -&gt; form.setVersion(sites.get(id).getVersion()))
 *         .submit(() -&gt; {
 *             sites.update(id, form.getVersion(), form.toDetails());
 *             return FormPost.saved(redirect, "/sites/" + id, Saved.of("form.savedNamed", form.getName()));
 *         }, () -&gt; editView(site, model));
 * </pre>
 */
public final class FormPost {

    /** The flash attribute that carries the {@link Saved} message to the page after the redirect. */
    public static final String SAVED = "saved";

    private final BindingResult result;
    private Runnable onStaleEdit = () -> {
    };
    private Runnable rules = () -> {
    };

    private FormPost(BindingResult result) {
        this.result = result;
    }

    public static FormPost of(BindingResult result) {
        return new FormPost(result);
    }

    /** What to do when someone else saved first: typically give the form the newer version, so saving again wins. */
    public FormPost onStaleEdit(Runnable refresh) {
        this.onStaleEdit = refresh;
        return this;
    }

    /**
     * The domain's rules for the input ({@link eu.cinema.common.Refusals}), run even when the form's own validation
     * failed, so that one submission shows every error; a field already in error keeps its first message. Fields that
     * could not be bound reach the rules as null.
     */
    public FormPost checking(Runnable inputRules) {
        this.rules = inputRules;
        return this;
    }

    /**
     * Runs the action unless the input has errors, and answers with the action's view (a redirect); on errors or a
     * refusal, with the form's. An action that reads uploads may throw their {@code IOException}.
     */
    public <E extends Exception> String submit(Action<E> action, Supplier<String> form) throws E {
        if (result.hasErrors()) {
            try {
                rules.run();
            } catch (DomainException refused) {
                FormErrors.reject(result, refused);
            }
            return form.get();
        }
        try {
            return action.run();
        } catch (StaleEditException stale) {
            FormErrors.reject(result, stale);
            onStaleEdit.run();
        } catch (DomainException refused) {
            FormErrors.reject(result, refused);
        }
        return form.get();
    }

    /**
     * A redirect to {@code path} that tells there what was saved; a message for one section of the page returns to
     * that section (its id is the address's fragment), where the page shows the message.
     */
    public static String saved(RedirectAttributes redirect, String path, Saved message) {
        redirect.addFlashAttribute(SAVED, message);
        return "redirect:" + path + (message.section() == null ? "" : "#" + message.section());
    }

    /** The service call of a form post and where to go after it. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        String run() throws E;
    }
}
