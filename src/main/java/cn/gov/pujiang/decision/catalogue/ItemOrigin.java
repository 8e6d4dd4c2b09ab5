package cn.gov.pujiang.decision.catalogue;

/** How an item came into its catalogue: compiled with it, or added by an approved adjustment. */
public enum ItemOrigin {
  COMPILED,
  ADJUSTMENT
}
