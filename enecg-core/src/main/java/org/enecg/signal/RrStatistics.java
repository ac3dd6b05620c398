package org.enecg.signal;

/**
 * Rhythm statistics of one record's RR intervals. Values that need more intervals than the record has are NaN
 * (SDNN and the irregularity measures need 2 intervals, the turning-point ratio 3).
 *
 * @param beats              number of beats the intervals came from
 * @param meanRrMs           mean RR interval, ms
 * @param heartRateBpm       60000 / mean RR, beats per minute
 * @param sdnnMs             standard deviation of RR (sample, n-1), ms
 * @param rmssdMs            root mean square of successive RR differences, ms
 * @param pnn50Percent       share of successive differences above 50 ms, percent
 * @param cvRr               SDNN / mean RR (dimensionless)
 * @param rmssdNormalised    RMSSD / mean RR, the irregularity measure of Dash et al. 2009 (atrial fibrillation
 *                           above about 0.1)
 * @param turningPointRatio  share of inner intervals that are a local maximum or minimum (2/3 for a random
 *                           sequence; lower for the smooth changes of sinus rhythm)
 */
public record RrStatistics(int beats, double meanRrMs, double heartRateBpm, double sdnnMs, double rmssdMs, double pnn50Percent,
                           double cvRr, double rmssdNormalised, double turningPointRatio) {}
