package cn.gov.pujiang.decision.argumentation;

import cn.gov.pujiang.decision.argumentation.ExpertPool.Expert;
import cn.gov.pujiang.decision.argumentation.ExpertPool.SanctionKind;
import cn.gov.pujiang.decision.engine.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county expert pool over HTTP (Decree 713 Arts. 19-21, 41): any logged-in user reads it (the
 * clerk selecting experts); administrators add experts and record 通报批评 or 除名 under
 * /api/admin/** (SecurityConfiguration).
 */
@RestController
@Tag(name = "专家库", description = "县重大行政决策专家库：专家、申报的利益关系、参加论证次数，以及通报批评和除名（第四十一条）")
public class ExpertPoolController {

  private final ExpertPool pool;
  private final Actors actors;

  public ExpertPoolController(ExpertPool pool, Actors actors) {
    this.pool = pool;
    this.actors = actors;
  }

  /** What an administrator enters for a new pool expert. */
  public record NewExpert(String name, String field, String organisation, String declaredConflicts) {}

  /** An Art. 41 measure: kind CRITICISED (通报批评) or REMOVED (除名). */
  public record NewSanction(SanctionKind kind, String reason, String decisionNo) {}

  @GetMapping("/api/expert-pool")
  @Operation(summary = "专家库名单")
  public List<Expert> all() {
    return pool.all();
  }

  @PostMapping("/api/admin/expert-pool")
  @Operation(summary = "专家入库")
  public Expert add(@RequestBody NewExpert expert) {
    return pool.add(expert.name(), expert.field(), expert.organisation(), expert.declaredConflicts(), actors.current());
  }

  @PostMapping("/api/admin/expert-pool/{id}/sanctions")
  @Operation(summary = "记录通报批评或除名（第四十一条）")
  public Expert sanction(@PathVariable long id, @RequestBody NewSanction sanction) {
    if (sanction.kind() == null) {
      throw cn.gov.pujiang.decision.refusal.Refusal.invalid("kind", "请选择处理方式：通报批评或除名");
    }
    return pool.sanction(id, sanction.kind(), sanction.reason(), sanction.decisionNo(), actors.current());
  }
}
