/**
 * The domain's refusal model (ADR 0018): {@link cn.gov.pujiang.decision.refusal.Refusal} and the text
 * rules every feature applies to what people type. Nothing web- or HTTP-specific lives here.
 */
package cn.gov.pujiang.decision.refusal;
