package cn.gov.pujiang.decision.refusal;

import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The application's one kind of "no" (ADR 0018): a rule refused what someone asked for. It carries the
 * {@link Kind} of refusal, a stable English {@code code} for programs, the request {@code field} at
 * fault when there is one, and a Chinese message written for the person who sees it.
 *
 * <p>Listeners, delegates, services, jobs and controllers all throw it. It is a
 * {@link ProcessEngineException} so that, thrown inside the engine, it is the engine's own failure: the
 * command and its transaction roll back and nothing of the request is stored. The HTTP doors map it once
 * (the application's API and the engine's REST doors alike) to a 4xx problem response; nothing here knows
 * about HTTP.
 */
public class Refusal extends ProcessEngineException {

  /** What sort of refusal it is; each door decides what that means for its protocol. */
  public enum Kind {
    /** The input breaks a rule (a missing or malformed field, a statutory gate not met). */
    INVALID,
    /** The request is valid but conflicts with the current state (already exists, already done). */
    CONFLICT,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The thing asked for does not exist, or the caller may not learn that it does. */
    NOT_FOUND,
    /** Nobody is signed in. */
    UNAUTHENTICATED,
    /** The submitted content is larger than the configured limit. */
    TOO_LARGE,
    /** Too many requests from one source in a short time (anti-abuse limits). */
    TOO_MANY
  }

  public static final String INVALID_INPUT = "INVALID_INPUT";

  private final Kind kind;
  private final String code;
  private final String field;

  public Refusal(Kind kind, String code, String field, String chineseMessage) {
    super(Objects.requireNonNull(chineseMessage, "message"));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  /** The input named by {@code field} (may be null) cannot be accepted. */
  public static Refusal invalid(String field, String chineseMessage) {
    return new Refusal(Kind.INVALID, INVALID_INPUT, field, chineseMessage);
  }

  public static Refusal notFound(String chineseMessage) {
    return new Refusal(Kind.NOT_FOUND, "NOT_FOUND", null, chineseMessage);
  }

  public static Refusal conflict(String code, String chineseMessage) {
    return new Refusal(Kind.CONFLICT, code, null, chineseMessage);
  }

  public static Refusal forbidden(String chineseMessage) {
    return new Refusal(Kind.FORBIDDEN, "FORBIDDEN", null, chineseMessage);
  }

  public static Refusal unauthenticated(String chineseMessage) {
    return new Refusal(Kind.UNAUTHENTICATED, "UNAUTHENTICATED", null, chineseMessage);
  }

  public static Refusal tooLarge(String field, String chineseMessage) {
    return new Refusal(Kind.TOO_LARGE, "TOO_LARGE", field, chineseMessage);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }

  /** The first refusal in a cause chain (engines and frameworks wrap what listeners throw), or null. */
  public static Refusal in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Refusal refusal) {
        return refusal;
      }
    }
    return null;
  }
}
