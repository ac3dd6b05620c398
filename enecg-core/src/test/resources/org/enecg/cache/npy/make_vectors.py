# Writes the .npy test files for NpyTest with python3 + numpy (run from this folder: python3 make_vectors.py).
import numpy as np

np.save("f4_2x3.npy", np.array([[1.5, -2.25, 3.0], [4.0, 1e-7, -0.0]], dtype="<f4"))
np.save("f8_4.npy", np.array([np.pi, -np.e, 1e300, 5e-324], dtype="<f8"))
np.save("i4_2x2.npy", np.array([[1, -2], [2147483647, -2147483648]], dtype="<i4"))
np.save("i8_3.npy", np.array([0, -1, 9007199254740993], dtype="<i8"))
np.save("u1_3.npy", np.array([0, 200, 255], dtype="u1"))
np.save("i2_2.npy", np.array([-32768, 32767], dtype="<i2"))
np.save("bool_3.npy", np.array([True, False, True]))
np.save("f4_big_endian_3.npy", np.array([1.0, -2.5, 3.25], dtype=">f4"))
np.save("f4_scalar.npy", np.float32(7.5))
np.save("f4_empty_0x5.npy", np.zeros((0, 5), dtype="<f4"))
np.save("f4_3d_2x3x4.npy", np.arange(24, dtype="<f4").reshape(2, 3, 4))
np.save("f4_fortran_2x3.npy", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3)))
# Format version 2.0 (4-byte header length), forced the way numpy's own tests do it.
with open("f4_v2_2x2.npy", "wb") as f:
    np.lib.format.write_array(f, np.array([[1, 2], [3, 4]], dtype="<f4"), version=(2, 0))
# Expected values of the files this project writes (NpyTest.writesWhatNumpyReads compares to these).
np.save("expected_written_f4_2x3.npy", np.array([[0.5, -1.0, 2.0], [3.5, 4.25, -5.0]], dtype="<f4"))
print(np.__version__)
