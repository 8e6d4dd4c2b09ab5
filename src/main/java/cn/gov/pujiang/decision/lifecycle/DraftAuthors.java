package cn.gov.pujiang.decision.lifecycle;

import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.lifecycle.MajorDecisionProcess.Vars;
import cn.gov.pujiang.decision.engine.Actors;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Everyone who wrote or changed the draft, kept in draftedBy as a comma-separated list of user ids:
 * none of them may review its legality (separation of duties, docs/conventions.md).
 */
@Component
public class DraftAuthors {

  private final Actors actors;

  public DraftAuthors(Actors actors) {
    this.actors = actors;
  }

  public void add(VariableScope scope) {
    Set<String> authors = of(scope);
    authors.add(actors.current());
    scope.setVariable(Vars.DRAFTED_BY, String.join(",", authors));
  }

  public static Set<String> of(VariableScope scope) {
    String value = text(scope, Vars.DRAFTED_BY);
    Set<String> authors = new LinkedHashSet<>();
    if (value != null && !value.isBlank()) {
      Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(authors::add);
    }
    return authors;
  }
}
