package cn.gov.pujiang.decision.execution;

import cn.gov.pujiang.decision.dossier.DossierAccess;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionSuccession;
import cn.gov.pujiang.decision.security.UnitAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A decision in execution (Decree 713 Arts. 35-37): the executing unit reports a problem at any time,
 * the unit records opinions of citizens and organisations, and anyone who may read the decision sees
 * its adjustment chain. Reading follows the dossier's rules; recording is for the unit's own users
 * and administrators ({@link UnitAccess#requireAct}).
 */
@RestController
@RequestMapping("/api/decisions/{no}/execution")
@Tag(name = "决策执行", description = "随时报告执行中的问题、登记公众对决策执行的意见、重大调整的新旧决策")
@ApiResponse(responseCode = "400", description = "输入有误", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "不是本单位的决策", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "决策事项不存在", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "决策不在执行阶段", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
public class ExecutionController {

  private final DossierAccess access;
  private final UnitAccess units;
  private final ExecutionProblems problems;
  private final ExecutionOpinions opinions;
  private final DecisionSuccession succession;

  public ExecutionController(DossierAccess access, UnitAccess units, ExecutionProblems problems,
      ExecutionOpinions opinions, DecisionSuccession succession) {
    this.access = access;
    this.units = units;
    this.problems = problems;
    this.opinions = opinions;
    this.succession = succession;
  }

  @Schema(name = "ExecutionProblemReport", description = "执行中发现的问题、客观情况的重大变化或者不可抗力的影响（第三十五条第一款）")
  public record ProblemRequest(@Schema(description = "报告内容，不超过4000字") String report) {}

  @Schema(name = "ExecutionOpinionRequest", description = "公民、法人或者其他组织对决策执行提出的意见（第三十五条第二款）")
  public record OpinionRequest(
      @Schema(description = "CITIZEN 公民、LEGAL_PERSON 法人、ORGANISATION 其他组织") String source,
      @Schema(description = "提出人姓名或名称") String authorName,
      @Schema(description = "意见内容") String opinion,
      @Schema(description = "收到日期，缺省为今天") LocalDate receivedOn) {}

  @Operation(summary = "随时报告执行中的问题", description = "记入决策过程记录；决策处于执行报告周期中的，立即提请决策机关研究处理")
  @ApiResponse(responseCode = "201", description = "已报告")
  @PostMapping("/problems")
  public ResponseEntity<ExecutionProblems.Reported> reportProblem(@PathVariable String no,
      @RequestBody(required = false) ProblemRequest request) {
    String user = act(no);
    ExecutionProblems.Reported reported = problems.report(no, request == null ? null : request.report(), user);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/execution/problems")).body(reported);
  }

  @Operation(summary = "登记公众对决策执行的意见", description = "随时可以登记；条数计入决策后评估“公民、法人或者其他组织提出较多意见”的情形（第三十六条）")
  @ApiResponse(responseCode = "201", description = "已登记")
  @PostMapping("/opinions")
  public ResponseEntity<ExecutionOpinions.Opinion> recordOpinion(@PathVariable String no,
      @RequestBody(required = false) OpinionRequest request) {
    String user = act(no);
    OpinionRequest r = request == null ? new OpinionRequest(null, null, null, null) : request;
    ExecutionOpinions.Opinion opinion =
        opinions.record(no, r.source(), r.authorName(), r.opinion(), r.receivedOn(), user);
    return ResponseEntity.created(URI.create("/api/decisions/" + no + "/execution/opinions")).body(opinion);
  }

  @Operation(summary = "公众对决策执行的意见")
  @GetMapping("/opinions")
  public List<ExecutionOpinions.Opinion> opinions(@PathVariable String no) {
    access.read(no);
    return opinions.list(no);
  }

  @Operation(summary = "重大调整的新旧决策", description = "本决策调整了哪一项决策，或者被哪一项新决策调整（第三十七条）")
  @GetMapping("/chain")
  public List<DecisionSuccession.Link> chain(@PathVariable String no) {
    access.read(no);
    return succession.of(no);
  }

  private String act(String no) {
    Decision decision = access.read(no);
    units.requireAct(decision.getUnitCode());
    return access.user();
  }
}
