// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinymp4.h"

#include <QtEndian>

namespace framefit::mock {

namespace {

constexpr int kWidth = 64;
constexpr int kHeight = 48;
constexpr int kTimescale = 1000;
constexpr int kDuration = 4000; // one picture shown for 4 s, the API's default length

QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be16(quint16 v) {
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray box(const char* type, const QByteArray& payload) {
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}
QByteArray fullBox(const char* type, quint32 versionAndFlags, const QByteArray& payload) {
    return box(type, be32(versionAndFlags) + payload);
}
QByteArray identityMatrix() {
    QByteArray m;
    for (quint32 v : {0x00010000u, 0u, 0u, 0u, 0x00010000u, 0u, 0u, 0u, 0x40000000u})
        m += be32(v);
    return m;
}

// Exp-Golomb and fixed-width fields of an H.264 RBSP.
class BitWriter {
public:
    void bits(quint32 value, int count) {
        for (int i = count - 1; i >= 0; --i)
            bit((value >> i) & 1u);
    }
    void bit(bool b) {
        m_current = quint8((m_current << 1) | (b ? 1 : 0));
        if (++m_count == 8)
            flush();
    }
    void ue(quint32 value) {
        const quint32 v = value + 1;
        int length = 0;
        while ((v >> length) > 1)
            ++length;
        bits(0, length);
        bits(v, length + 1);
    }
    void se(qint32 value) { ue(value > 0 ? quint32(2 * value - 1) : quint32(-2 * value)); }
    void alignZero() {
        while (m_count != 0)
            bit(false);
    }
    void byte(quint8 b) { bits(b, 8); }
    void trailing() { // rbsp_stop_one_bit and alignment
        bit(true);
        alignZero();
    }
    QByteArray take() { return m_out; }

private:
    void flush() {
        m_out.append(char(m_current));
        m_current = 0;
        m_count = 0;
    }
    QByteArray m_out;
    quint8 m_current = 0;
    int m_count = 0;
};

// A NAL unit: header byte, then the RBSP with emulation prevention (no 00 00 0x with x <= 3).
QByteArray nal(quint8 header, const QByteArray& rbsp) {
    QByteArray out(1, char(header));
    int zeros = 0;
    for (char c : rbsp) {
        const auto b = quint8(c);
        if (zeros >= 2 && b <= 3) {
            out.append(char(3));
            zeros = 0;
        }
        out.append(c);
        zeros = b == 0 ? zeros + 1 : 0;
    }
    return out;
}

QByteArray sps() {
    BitWriter w;
    w.bits(66, 8);   // profile_idc: Baseline
    w.bits(0xC0, 8); // constraint_set0/1
    w.bits(10, 8);   // level 1.0
    w.ue(0);         // seq_parameter_set_id
    w.ue(0);         // log2_max_frame_num_minus4
    w.ue(2);         // pic_order_cnt_type 2: output order = decode order
    w.ue(1);         // max_num_ref_frames
    w.bit(false);    // gaps_in_frame_num_value_allowed_flag
    w.ue(kWidth / 16 - 1);
    w.ue(kHeight / 16 - 1);
    w.bit(true);  // frame_mbs_only_flag
    w.bit(true);  // direct_8x8_inference_flag
    w.bit(false); // frame_cropping_flag
    w.bit(false); // vui_parameters_present_flag
    w.trailing();
    return nal(0x67, w.take());
}

QByteArray pps() {
    BitWriter w;
    w.ue(0);      // pic_parameter_set_id
    w.ue(0);      // seq_parameter_set_id
    w.bit(false); // entropy_coding_mode_flag: CAVLC
    w.bit(false); // bottom_field_pic_order_in_frame_present_flag
    w.ue(0);      // num_slice_groups_minus1
    w.ue(0);      // num_ref_idx_l0_default_active_minus1
    w.ue(0);      // num_ref_idx_l1_default_active_minus1
    w.bit(false); // weighted_pred_flag
    w.bits(0, 2); // weighted_bipred_idc
    w.se(0);      // pic_init_qp_minus26
    w.se(0);      // pic_init_qs_minus26
    w.se(0);      // chroma_qp_index_offset
    w.bit(true);  // deblocking_filter_control_present_flag
    w.bit(false); // constrained_intra_pred_flag
    w.bit(false); // redundant_pic_cnt_present_flag
    w.trailing();
    return nal(0x68, w.take());
}

// One IDR picture whose macroblocks are all I_PCM: raw samples, so no transform coding is
// needed to produce a stream every decoder accepts. A vertical gradient tinted by `seed`.
QByteArray idrSlice(quint32 seed) {
    BitWriter w;
    w.ue(0);      // first_mb_in_slice
    w.ue(7);      // slice_type: I (all slices)
    w.ue(0);      // pic_parameter_set_id
    w.bits(0, 4); // frame_num
    w.ue(0);      // idr_pic_id
    w.bit(false); // no_output_of_prior_pics_flag
    w.bit(false); // long_term_reference_flag
    w.se(0);      // slice_qp_delta
    w.ue(1);      // disable_deblocking_filter_idc: off, PCM needs none
    const quint8 u = quint8(64 + (seed & 0x7f));
    const quint8 v = quint8(64 + ((seed >> 8) & 0x7f));
    for (int mbY = 0; mbY < kHeight / 16; ++mbY) {
        for (int mbX = 0; mbX < kWidth / 16; ++mbX) {
            w.ue(25); // mb_type I_PCM
            w.alignZero();
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x)
                    w.byte(quint8(16 + (mbY * 16 + y) * 200 / kHeight)); // never 0
            for (int i = 0; i < 64; ++i)
                w.byte(u);
            for (int i = 0; i < 64; ++i)
                w.byte(v);
        }
    }
    w.trailing();
    return nal(0x65, w.take());
}

} // namespace

QByteArray tinyMp4(quint32 seed) {
    const QByteArray spsNal = sps();
    const QByteArray ppsNal = pps();
    const QByteArray slice = idrSlice(seed);
    const QByteArray sample = be32(quint32(slice.size())) + slice; // 4-byte length prefix

    const QByteArray ftyp = box("ftyp", QByteArray("isom") + be32(0x200) + "isomiso2avc1mp41");

    // Full-box bodies below start after version and flags, which fullBox() writes.
    QByteArray mvhd = be32(0) + be32(0) + be32(kTimescale) + be32(kDuration); // times, scale
    mvhd += be32(0x00010000) + be16(0x0100) + QByteArray(10, '\0') + identityMatrix();
    mvhd += QByteArray(24, '\0') + be32(2);

    QByteArray tkhd = be32(0) + be32(0) + be32(1) + be32(0) + be32(kDuration);
    tkhd += QByteArray(8, '\0') + be16(0) + be16(0) + be16(0) + be16(0) + identityMatrix();
    tkhd += be32(quint32(kWidth) << 16) + be32(quint32(kHeight) << 16);

    const QByteArray mdhd =
        be32(0) + be32(0) + be32(kTimescale) + be32(kDuration) + be16(0x55C4) /* "und" */ + be16(0);
    const QByteArray hdlr =
        be32(0) + QByteArray("vide") + QByteArray(12, '\0') + QByteArray("VideoHandler", 13);

    QByteArray avcC;
    avcC += char(1);    // configurationVersion
    avcC += char(66);   // profile
    avcC += char(0xC0); // compatibility
    avcC += char(10);   // level
    avcC += char(0xFF); // 4-byte NAL lengths
    avcC += char(0xE1); // one SPS
    avcC += be16(quint16(spsNal.size())) + spsNal;
    avcC += char(1); // one PPS
    avcC += be16(quint16(ppsNal.size())) + ppsNal;
    QByteArray avc1 = QByteArray(6, '\0') + be16(1) + QByteArray(16, '\0');
    avc1 += be16(kWidth) + be16(kHeight) + be32(0x00480000) + be32(0x00480000) + be32(0);
    avc1 += be16(1) + QByteArray(32, '\0') + be16(0x0018) + be16(0xFFFF);
    avc1 += box("avcC", avcC);

    const auto moovWith = [&](quint32 chunkOffset) {
        const QByteArray stbl =
            box("stbl", fullBox("stsd", 0, be32(1) + box("avc1", avc1)) +
                            fullBox("stts", 0, be32(1) + be32(1) + be32(kDuration)) +
                            fullBox("stsc", 0, be32(1) + be32(1) + be32(1) + be32(1)) +
                            fullBox("stsz", 0, be32(0) + be32(1) + be32(quint32(sample.size()))) +
                            fullBox("stco", 0, be32(1) + be32(chunkOffset)));
        const QByteArray minf = box(
            "minf", fullBox("vmhd", 1, QByteArray(8, '\0')) +
                        box("dinf", fullBox("dref", 0, be32(1) + fullBox("url ", 1, {}))) + stbl);
        const QByteArray mdia =
            box("mdia", fullBox("mdhd", 0, mdhd) + fullBox("hdlr", 0, hdlr) + minf);
        const QByteArray trak = box("trak", fullBox("tkhd", 3, tkhd) + mdia);
        return box("moov", fullBox("mvhd", 0, mvhd) + trak);
    };
    // The sample sits right after the mdat header, which follows ftyp and moov.
    const quint32 offset = quint32(ftyp.size() + moovWith(0).size() + 8);
    return ftyp + moovWith(offset) + box("mdat", sample);
}

} // namespace framefit::mock
