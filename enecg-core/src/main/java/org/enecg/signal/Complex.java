package org.enecg.signal;

/** A complex number, just enough arithmetic for filter design (poles and zeros); package-private. */
record Complex(double re, double im) {

    static final Complex ONE = new Complex(1, 0);

    static Complex real(double re) { return new Complex(re, 0); }

    static Complex polar(double r, double theta) { return new Complex(r * Math.cos(theta), r * Math.sin(theta)); }

    Complex plus(Complex o) { return new Complex(re + o.re, im + o.im); }

    Complex minus(Complex o) { return new Complex(re - o.re, im - o.im); }

    Complex times(Complex o) { return new Complex(re * o.re - im * o.im, re * o.im + im * o.re); }

    Complex times(double s) { return new Complex(re * s, im * s); }

    Complex div(Complex o) {
        double d = o.re * o.re + o.im * o.im;
        return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    Complex negate() { return new Complex(-re, -im); }

    /** Principal square root. */
    Complex sqrt() {
        double r = Math.hypot(re, im);
        double a = Math.sqrt((r + re) / 2);
        double b = Math.copySign(Math.sqrt(Math.max(0, (r - re) / 2)), im);
        return new Complex(a, b);
    }

    double abs() { return Math.hypot(re, im); }
}
