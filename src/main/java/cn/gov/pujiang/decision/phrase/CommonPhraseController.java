package cn.gov.pujiang.decision.phrase;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/phrases: 常用语 of the signed-in user and of their units (docs/api.md). */
@RestController
@RequestMapping("/api/phrases")
public class CommonPhraseController {

  private final CommonPhrases phrases;

  public CommonPhraseController(CommonPhrases phrases) {
    this.phrases = phrases;
  }

  public record NewPhrase(String text, String unitCode) {}

  @GetMapping
  public List<CommonPhrases.Phrase> list() {
    return phrases.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CommonPhrases.Phrase add(@RequestBody NewPhrase request) {
    return phrases.add(request.text(), request.unitCode());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable Long id) {
    phrases.delete(id);
  }
}
