; ModuleID = 'numeric.bc0cbf7bbfa7be59-cgu.0'
source_filename = "numeric.bc0cbf7bbfa7be59-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_66decb206cc790f4c5da38fd8d19ae5a = private unnamed_addr constant [92 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/adapters/enumerate.rs\00", align 1
@alloc_da75e79ea4900be5811e6318d0bc905d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_66decb206cc790f4c5da38fd8d19ae5a, [16 x i8] c"[\00\00\00\00\00\00\00R\00\00\00\09\00\00\00" }>, align 8
@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@anon.250ce67268c169554f5d58442a712827.0 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_de4e626d456b04760e72bc785ed7e52a = private unnamed_addr constant [201 x i8] c"unsafe precondition(s) violated: ptr::offset_from_unsigned requires `self >= origin`\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_5c7cf28630cc276d705b307405fbf95c = private unnamed_addr constant [11 x i8] c"numeric.rs\00", align 1
@alloc_a96828638b6cf88e473a5fa7c839b30a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00>\00\00\00\05\00\00\00" }>, align 8
@alloc_7ad56438e9ef58596d00bbb86e16dd9e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\18\00\00\00\12\00\00\00" }>, align 8
@alloc_6555e8a0363262041d1d7c96697cbb49 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\18\00\00\00\09\00\00\00" }>, align 8
@alloc_d5548ee0d20b92b1f069eb5f5a043297 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\19\00\00\00\09\00\00\00" }>, align 8
@alloc_bda1ad151122030316c82223e10769c2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00 \00\00\00\16\00\00\00" }>, align 8
@alloc_e295f5c8467035250008d8326515bf45 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00 \00\00\00\12\00\00\00" }>, align 8
@alloc_478b47e759b3067d4a2f5bb62e88bfc5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00 \00\00\00\09\00\00\00" }>, align 8
@alloc_635bc9b7e2e0ddb4c417a0eba64a0fb3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00_\00\00\00\22\00\00\00" }>, align 8
@alloc_91356444b6c801d5a283f821ff880c99 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00&\00\00\00&\00\00\00" }>, align 8
@alloc_3f5d760b9623dc424ad6a28a1acfe3d3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00&\00\00\003\00\00\00" }>, align 8
@alloc_4629105b3af5e49ab64443290f984c3f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00&\00\00\00\22\00\00\00" }>, align 8
@alloc_3e1b9fdd62a141d6d7320cf8719b26bd = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00T\00\00\00\14\00\00\00" }>, align 8
@alloc_a621d9b88fdbce948e7e1ed662651c84 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00U\00\00\00\14\00\00\00" }>, align 8
@alloc_3fd21ba15826eeb541929f5bfef4708d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00V\00\00\00\14\00\00\00" }>, align 8
@alloc_290391dfc1df7770c4bf9642fefe8d09 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00W\00\00\00\14\00\00\00" }>, align 8
@alloc_516dbd6bc0a7decfb0abde5358131a8f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\05\00\00\00\05\00\00\00" }>, align 8
@alloc_6f144f6bb601671f8c02d5e508e824dc = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00c\00\00\00\16\00\00\00" }>, align 8
@alloc_a8d02d12e85b4d3c9cf0cb88d8ca5bc9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00z\00\00\00\05\00\00\00" }>, align 8
@alloc_7157bf3d6b3d1f074759ec986fa79d5d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00r\00\00\00\09\00\00\00" }>, align 8
@alloc_d4bc5e2c8323abd2b734b8e724070982 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\09\00\00\00\05\00\00\00" }>, align 8
@alloc_ac1243c21db2c04b306f063a620d6c22 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00\11\00\00\00\05\00\00\00" }>, align 8
@alloc_fc0700f5e469d4940ad7fb11d4c40b12 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00+\00\00\00\13\00\00\00" }>, align 8
@alloc_0c79e67475d9e6af5f47533bdb29cfbc = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00,\00\00\00\1D\00\00\00" }>, align 8
@alloc_8848db338c5175b4af86566193d7ae99 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00-\00\00\00\1D\00\00\00" }>, align 8
@alloc_bd9cb8588fa6fabfebeabbf1bc548004 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\00-\00\00\001\00\00\00" }>, align 8
@alloc_28e99460e2b43d17e52db6c86d948c8a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_5c7cf28630cc276d705b307405fbf95c, [16 x i8] c"\0A\00\00\00\00\00\00\005\00\00\00+\00\00\00" }>, align 8
@alloc_88bfb5085a97a9f03cee2b9c3c42dd08 = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/non_null.rs\00", align 1
@alloc_7cb1dd7620319c06f8fe4029f6b4a0d1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_88bfb5085a97a9f03cee2b9c3c42dd08, [16 x i8] c"P\00\00\00\00\00\00\00\B9\03\00\00 \00\00\00" }>, align 8
@alloc_ec595fc0e82ef92fc59bd74f68296eae = private unnamed_addr constant [73 x i8] c"assertion failed: 0 < pointee_size && pointee_size <= isize::MAX as usize", align 1
@alloc_e9481a72334486f24b2c0d82b25567e1 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/iter.rs\00", align 1
@alloc_12fdce0839ba33fd8bd1bb0711a36af6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e9481a72334486f24b2c0d82b25567e1, [16 x i8] c"N\00\00\00\00\00\00\00\8E\00\00\00\01\00\00\00" }>, align 8

; <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: nonlazybind uwtable
define double @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"(ptr align 8 %self, double %init) unnamed_addr #0 {
start:
  %_4 = alloca [48 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_4, ptr align 8 %self, i64 48, i1 false)
; call <core::iter::adapters::zip::Zip<A,B> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call double @"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"(ptr align 8 %_4, double %init) #12
  ret double %_0
}

; <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: nonlazybind uwtable
define float @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hd0e37b8676e9f9cdE"(ptr %self.0, ptr %self.1, float %init) unnamed_addr #0 {
start:
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call float @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE"(ptr %self.0, ptr %self.1, float %init) #12
  ret float %_0
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN102_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h4ef30eeb6ceaefc6E"(ptr align 8 %self, double %init) unnamed_addr #1 {
start:
; call <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::fold
  %_0 = call double @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"(ptr align 8 %self, double %init) #12
  ret double %_0
}

; <core::iter::adapters::enumerate::Enumerate<I> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, ptr } @"_ZN110_$LT$core..iter..adapters..enumerate..Enumerate$LT$I$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h698300e3d8939d7bE"(ptr align 8 %self) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %self1 = alloca [8 x i8], align 8
  %_3 = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
; call <core::slice::iter::IterMut<T> as core::iter::traits::iterator::Iterator>::next
  %1 = call align 8 ptr @"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h528cf6fd0b7a7ff1E"(ptr align 8 %self) #12
  store ptr %1, ptr %self1, align 8
  %2 = load ptr, ptr %self1, align 8
  %3 = ptrtoint ptr %2 to i64
  %4 = icmp eq i64 %3, 0
  %_12 = select i1 %4, i64 0, i64 1
  %5 = trunc nuw i64 %_12 to i1
  br i1 %5, label %bb8, label %bb7

bb8:                                              ; preds = %start
  %v = load ptr, ptr %self1, align 8
  store ptr %v, ptr %_3, align 8
  %val = load ptr, ptr %_3, align 8
  %6 = getelementptr inbounds i8, ptr %self, i64 16
  %i = load i64, ptr %6, align 8
  %7 = getelementptr inbounds i8, ptr %self, i64 16
  %8 = load i64, ptr %7, align 8
  %_9.0 = add i64 %8, 1
  %_9.1 = icmp ult i64 %_9.0, %8
  br i1 %_9.1, label %panic, label %bb3

bb7:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr null, ptr %9, align 8
  br label %bb4

bb4:                                              ; preds = %bb3, %bb7
  %10 = load i64, ptr %_0, align 8
  %11 = getelementptr inbounds i8, ptr %_0, i64 8
  %12 = load ptr, ptr %11, align 8
  %13 = insertvalue { i64, ptr } poison, i64 %10, 0
  %14 = insertvalue { i64, ptr } %13, ptr %12, 1
  ret { i64, ptr } %14

bb3:                                              ; preds = %bb8
  %15 = getelementptr inbounds i8, ptr %self, i64 16
  store i64 %_9.0, ptr %15, align 8
  store i64 %i, ptr %_0, align 8
  %16 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %val, ptr %16, align 8
  br label %bb4

panic:                                            ; preds = %bb8
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_da75e79ea4900be5811e6318d0bc905d) #13
          to label %unreachable unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %17 = load ptr, ptr %0, align 8
  %18 = getelementptr inbounds i8, ptr %0, i64 8
  %19 = load i32, ptr %18, align 8
  %20 = insertvalue { ptr, i32 } poison, ptr %17, 0
  %21 = insertvalue { ptr, i32 } %20, i32 %19, 1
  resume { ptr, i32 } %21

cleanup:                                          ; preds = %panic
  %22 = landingpad { ptr, i32 }
          cleanup
  %23 = extractvalue { ptr, i32 } %22, 0
  %24 = extractvalue { ptr, i32 } %22, 1
  store ptr %23, ptr %0, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %24, ptr %25, align 8
  br label %bb5

unreachable:                                      ; preds = %panic
  unreachable

bb2:                                              ; No predecessors!
  unreachable
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::get_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$13get_unchecked17hed6e61776290a7a8E"(ptr align 8 %self, i64 %idx) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %self, i64 32
  %_4 = load i64, ptr %1, align 8
  %idx1 = add i64 %_4, %idx
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::__iterator_get_unchecked
  %_5 = call align 8 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$24__iterator_get_unchecked17hf90c7ac98295e591E"(ptr align 8 %self, i64 %idx1) #12
  %_8 = getelementptr inbounds i8, ptr %self, i64 16
; invoke <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::__iterator_get_unchecked
  %_7 = invoke align 8 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$24__iterator_get_unchecked17hf90c7ac98295e591E"(ptr align 8 %_8, i64 %idx1)
          to label %bb2 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %0, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i32, ptr %3, align 8
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1
  resume { ptr, i32 } %6

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  store ptr %8, ptr %0, align 8
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb2:                                              ; preds = %start
  %11 = insertvalue { ptr, ptr } poison, ptr %_5, 0
  %12 = insertvalue { ptr, ptr } %11, ptr %_7, 1
  ret { ptr, ptr } %12
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::new
; Function Attrs: nonlazybind uwtable
define void @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$3new17h2ddb111e3a8c4227E"(ptr sret([48 x i8]) align 8 %_0, ptr %0, ptr %1, ptr %2, ptr %3) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %4 = alloca [16 x i8], align 8
  %b = alloca [16 x i8], align 8
  %a = alloca [16 x i8], align 8
  store ptr %0, ptr %a, align 8
  %5 = getelementptr inbounds i8, ptr %a, i64 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %b, align 8
  %6 = getelementptr inbounds i8, ptr %b, i64 8
  store ptr %3, ptr %6, align 8
; invoke core::iter::adapters::zip::TrustedRandomAccessNoCoerce::size
  %v1 = invoke i64 @_ZN4core4iter8adapters3zip27TrustedRandomAccessNoCoerce4size17h65aee56b80043c58E(ptr align 8 %a)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds i8, ptr %4, i64 8
  %9 = load i32, ptr %8, align 8
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11

cleanup:                                          ; preds = %bb2, %bb1, %start
  %12 = landingpad { ptr, i32 }
          cleanup
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = extractvalue { ptr, i32 } %12, 1
  store ptr %13, ptr %4, align 8
  %15 = getelementptr inbounds i8, ptr %4, i64 8
  store i32 %14, ptr %15, align 8
  br label %bb3

bb1:                                              ; preds = %start
; invoke core::iter::adapters::zip::TrustedRandomAccessNoCoerce::size
  %v2 = invoke i64 @_ZN4core4iter8adapters3zip27TrustedRandomAccessNoCoerce4size17h65aee56b80043c58E(ptr align 8 %b)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
; invoke core::cmp::Ord::min
  %len = invoke i64 @_ZN4core3cmp3Ord3min17h8fe613c8a05e6dc0E(i64 %v1, i64 %v2)
          to label %bb6 unwind label %cleanup

bb6:                                              ; preds = %bb2
  %_8.0 = load ptr, ptr %a, align 8
  %16 = getelementptr inbounds i8, ptr %a, i64 8
  %_8.1 = load ptr, ptr %16, align 8
  %_9.0 = load ptr, ptr %b, align 8
  %17 = getelementptr inbounds i8, ptr %b, i64 8
  %_9.1 = load ptr, ptr %17, align 8
  store ptr %_8.0, ptr %_0, align 8
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_8.1, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %_0, i64 16
  store ptr %_9.0, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  store ptr %_9.1, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %_0, i64 32
  store i64 0, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %_0, i64 40
  store i64 %len, ptr %22, align 8
  ret void
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::fold
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$4fold17h5c55a775d431c24fE"(ptr align 8 %self, double %init) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_19 = alloca [1 x i8], align 1
  %_18 = alloca [1 x i8], align 1
  %_14 = alloca [24 x i8], align 8
  %_9 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %_6 = alloca [24 x i8], align 8
  %accum = alloca [8 x i8], align 8
  %f = alloca [0 x i8], align 1
  store i8 1, ptr %_19, align 1
  store double %init, ptr %accum, align 8
; invoke <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::size_hint
  invoke void @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$9size_hint17h78629243b94cb02fE"(ptr sret([24 x i8]) align 8 %_6, ptr align 8 %self)
          to label %bb1 unwind label %cleanup

bb13:                                             ; preds = %bb10, %bb11, %cleanup
  %1 = load i8, ptr %_19, align 1
  %2 = trunc nuw i8 %1 to i1
  br i1 %2, label %bb12, label %bb7

cleanup:                                          ; preds = %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb13

bb1:                                              ; preds = %start
  %len = load i64, ptr %_6, align 8
  store i64 0, ptr %iter, align 8
  %7 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %len, ptr %7, align 8
  br label %bb2

bb2:                                              ; preds = %bb4, %bb1
  %_25 = load i64, ptr %iter, align 8
  %8 = getelementptr inbounds i8, ptr %iter, i64 8
  %_26 = load i64, ptr %8, align 8
  %_20 = icmp ult i64 %_25, %_26
  br i1 %_20, label %bb14, label %bb15

bb15:                                             ; preds = %bb2
  %_0 = load double, ptr %accum, align 8
  br label %bb5

bb14:                                             ; preds = %bb2
  %old = load i64, ptr %iter, align 8
  br label %bb16

bb5:                                              ; preds = %bb15
  ret double %_0

bb16:                                             ; preds = %bb14
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h053dea19081c0989E"(i64 %old, i64 1, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #14
  br label %bb17

bb17:                                             ; preds = %bb16
  %_24 = add nuw i64 %old, 1
  store i64 %_24, ptr %iter, align 8
  %9 = getelementptr inbounds i8, ptr %_9, i64 8
  store i64 %old, ptr %9, align 8
  store i64 1, ptr %_9, align 8
  %10 = getelementptr inbounds i8, ptr %_9, i64 8
  %i = load i64, ptr %10, align 8
  store i8 0, ptr %_19, align 1
  store i8 1, ptr %_18, align 1
  %_15 = load double, ptr %accum, align 8
; invoke <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::get_unchecked
  %11 = invoke { ptr, ptr } @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$13get_unchecked17hed6e61776290a7a8E"(ptr align 8 %self, i64 %i)
          to label %bb3 unwind label %cleanup1

bb11:                                             ; preds = %cleanup1
  %12 = load i8, ptr %_18, align 1
  %13 = trunc nuw i8 %12 to i1
  br i1 %13, label %bb10, label %bb13

cleanup1:                                         ; preds = %bb3, %bb17
  %14 = landingpad { ptr, i32 }
          cleanup
  %15 = extractvalue { ptr, i32 } %14, 0
  %16 = extractvalue { ptr, i32 } %14, 1
  store ptr %15, ptr %0, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %16, ptr %17, align 8
  br label %bb11

bb3:                                              ; preds = %bb17
  %_16.0 = extractvalue { ptr, ptr } %11, 0
  %_16.1 = extractvalue { ptr, ptr } %11, 1
  store i8 0, ptr %_18, align 1
  store double %_15, ptr %_14, align 8
  %18 = getelementptr inbounds i8, ptr %_14, i64 8
  store ptr %_16.0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  store ptr %_16.1, ptr %19, align 8
  %20 = load double, ptr %_14, align 8
  %21 = getelementptr inbounds i8, ptr %_14, i64 8
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds i8, ptr %21, i64 8
  %24 = load ptr, ptr %23, align 8
; invoke core::iter::adapters::map::map_fold::{{closure}}
  %_12 = invoke double @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"(ptr align 1 %f, double %20, ptr align 8 %22, ptr align 8 %24)
          to label %bb4 unwind label %cleanup1

bb4:                                              ; preds = %bb3
  store double %_12, ptr %accum, align 8
  br label %bb2

bb10:                                             ; preds = %bb11
  br label %bb13

bb7:                                              ; preds = %bb12, %bb13
  br label %bb8

bb12:                                             ; preds = %bb13
  br label %bb7

bb8:                                              ; preds = %bb7
  %25 = load ptr, ptr %0, align 8
  %26 = getelementptr inbounds i8, ptr %0, i64 8
  %27 = load i32, ptr %26, align 8
  %28 = insertvalue { ptr, i32 } poison, ptr %25, 0
  %29 = insertvalue { ptr, i32 } %28, i32 %27, 1
  resume { ptr, i32 } %29
}

; <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::size_hint
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$9size_hint17h78629243b94cb02fE"(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 40
  %_3 = load i64, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %self, i64 32
  %_4 = load i64, ptr %1, align 8
  %_2 = sub i64 %_3, %_4
  store i64 %_2, ptr %_0, align 8
  %2 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 1, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  store i64 %_2, ptr %3, align 8
  ret void
}

; std::f32::<impl f32>::sqrt
; Function Attrs: inlinehint nonlazybind uwtable
define internal float @"_ZN3std3f3221_$LT$impl$u20$f32$GT$4sqrt17ha1a815ab26c90bdcE"(float %self) unnamed_addr #1 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = call float @llvm.sqrt.f32(float %self)
  store float %1, ptr %0, align 4
  %_0 = load float, ptr %0, align 4
  ret float %_0
}

; std::f64::<impl f64>::powi
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$4powi17h1e56c9a046e9c966E"(double %self, i32 %n) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = call double @llvm.powi.f64.i32(double %self, i32 %n)
  store double %1, ptr %0, align 8
  %_0 = load double, ptr %0, align 8
  ret double %_0
}

; std::f64::<impl f64>::mul_add
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$7mul_add17h5e3ac575a70a9a64E"(double %self, double %a, double %b) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = call double @llvm.fma.f64(double %self, double %a, double %b)
  store double %1, ptr %0, align 8
  %_0 = load double, ptr %0, align 8
  ret double %_0
}

; <&f32 as core::ops::arith::Mul>::mul
; Function Attrs: inlinehint nonlazybind uwtable
define internal float @"_ZN49_$LT$$RF$f32$u20$as$u20$core..ops..arith..Mul$GT$3mul17h0ef8c03971538b35E"(ptr align 4 %self, ptr align 4 %other, ptr align 8 %0) unnamed_addr #1 {
start:
  %_3 = load float, ptr %self, align 4
  %_4 = load float, ptr %other, align 4
  %_0 = fmul float %_3, %_4
  ret float %_0
}

; <&f64 as core::ops::arith::Mul>::mul
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h60b8f369cfb69b84E"(ptr align 8 %self, ptr align 8 %other, ptr align 8 %0) unnamed_addr #1 {
start:
  %_3 = load double, ptr %self, align 8
  %_4 = load double, ptr %other, align 8
  %_0 = fmul double %_3, %_4
  ret double %_0
}

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h3beb1ae91ff88520E"(i64 %start1, i64 %n) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %start
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h053dea19081c0989E"(i64 %start1, i64 %n, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #14
  br label %bb2

bb2:                                              ; preds = %bb1
  %_0 = add nuw i64 %start1, %n
  ret i64 %_0
}

; core::intrinsics::cold_path
; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_ZN4core10intrinsics9cold_path17h8876ac8a3caebfb9E() unnamed_addr #2 {
start:
  ret void
}

; core::cmp::Ord::min
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_ZN4core3cmp3Ord3min17h8fe613c8a05e6dc0E(i64 %0, i64 %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %_6 = alloca [1 x i8], align 1
  %_0 = alloca [8 x i8], align 8
  %other = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  store i64 %0, ptr %self, align 8
  store i64 %1, ptr %other, align 8
  store i8 1, ptr %_6, align 1
  %_3.i = load i64, ptr %other, align 8
  %_4.i = load i64, ptr %self, align 8
  %_0.i = icmp ult i64 %_3.i, %_4.i
  br label %bb1

bb5:                                              ; preds = %cleanup
  br label %bb8

cleanup:                                          ; No predecessors!
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  br i1 %_0.i, label %bb2, label %bb3

bb3:                                              ; preds = %bb1
  store i8 0, ptr %_6, align 1
  %7 = load i64, ptr %self, align 8
  store i64 %7, ptr %_0, align 8
  br label %bb4

bb2:                                              ; preds = %bb1
  %8 = load i64, ptr %other, align 8
  store i64 %8, ptr %_0, align 8
  br label %bb4

bb4:                                              ; preds = %bb2, %bb3
  %9 = load i64, ptr %_0, align 8
  ret i64 %9

bb8:                                              ; preds = %bb5
  %10 = load i8, ptr %_6, align 1
  %11 = trunc nuw i8 %10 to i1
  br i1 %11, label %bb7, label %bb6

bb6:                                              ; preds = %bb7, %bb8
  %12 = load ptr, ptr %2, align 8
  %13 = getelementptr inbounds i8, ptr %2, i64 8
  %14 = load i32, ptr %13, align 8
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1
  resume { ptr, i32 } %16

bb7:                                              ; preds = %bb8
  br label %bb6
}

; core::f64::<impl f64>::to_bits
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN4core3f6421_$LT$impl$u20$f64$GT$7to_bits17h9319f8f4b3f8315eE"(double %self) unnamed_addr #1 {
start:
  %_0 = bitcast double %self to i64
  ret i64 %_0
}

; core::num::<impl u64>::checked_mul
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_mul17h66d9995dccc6b2f1E"(i64 %self, i64 %rhs) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %self, i64 %rhs)
  %_5.0 = extractvalue { i64, i1 } %0, 0
  %_5.1 = extractvalue { i64, i1 } %0, 1
  br i1 %_5.1, label %bb2, label %bb4

bb4:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %_5.0, ptr %1, align 8
  store i64 1, ptr %_0, align 8
  br label %bb1

bb2:                                              ; preds = %start
  %2 = load i64, ptr @anon.250ce67268c169554f5d58442a712827.0, align 8
  %3 = load i64, ptr getelementptr inbounds (i8, ptr @anon.250ce67268c169554f5d58442a712827.0, i64 8), align 8
  store i64 %2, ptr %_0, align 8
  %4 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %3, ptr %4, align 8
  br label %bb1

bb1:                                              ; preds = %bb2, %bb4
  %5 = load i64, ptr %_0, align 8
  %6 = getelementptr inbounds i8, ptr %_0, i64 8
  %7 = load i64, ptr %6, align 8
  %8 = insertvalue { i64, i64 } poison, i64 %5, 0
  %9 = insertvalue { i64, i64 } %8, i64 %7, 1
  ret { i64, i64 } %9
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h053dea19081c0989E"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #3 {
start:
  %_7.0 = add i64 %lhs, %rhs
  %_7.1 = icmp ult i64 %_7.0, %lhs
  br i1 %_7.1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #15
  unreachable
}

; core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17haa20dd8997ad13b0E"(ptr %this, ptr %origin, ptr align 8 %0) unnamed_addr #3 {
start:
  %_3 = icmp uge ptr %this, %origin
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_de4e626d456b04760e72bc785ed7e52a, ptr inttoptr (i64 403 to ptr), i1 zeroext false, ptr align 8 %0) #15
  unreachable

bb1:                                              ; preds = %start
  ret void
}

; core::hint::black_box
; Function Attrs: inlinehint nonlazybind uwtable
define align 4 ptr @_ZN4core4hint9black_box17hc84e5d85725bd38fE(ptr align 4 %dummy) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  store ptr %dummy, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr %0), !srcloc !3
  %_0 = load ptr, ptr %0, align 8
  ret ptr %_0
}

; core::hint::black_box
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @_ZN4core4hint9black_box17hc8e728168bac317cE(ptr align 8 %dummy) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  store ptr %dummy, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr %0), !srcloc !3
  %_0 = load ptr, ptr %0, align 8
  ret ptr %_0
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb364f136eefaaa44E"(ptr align 8 %self) unnamed_addr #1 {
start:
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hfb71d8a4d64cfad7E"(ptr align 8 %self) #12
  %_0.0 = extractvalue { i64, i64 } %0, 0
  %_0.1 = extractvalue { i64, i64 } %0, 1
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1
  ret { i64, i64 } %2
}

; core::iter::traits::iterator::Iterator::map
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @_ZN4core4iter6traits8iterator8Iterator3map17h3c1f866e31e61b71E(ptr %self.0, ptr %self.1) unnamed_addr #1 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %self.1, 1
  ret { ptr, ptr } %1
}

; core::iter::traits::iterator::Iterator::map
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4iter6traits8iterator8Iterator3map17h3f8601a65891e528E(ptr sret([48 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %self, i64 48, i1 false)
  ret void
}

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nonlazybind uwtable
define float @_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E(ptr %self.0, ptr %self.1) unnamed_addr #0 {
start:
; call <f32 as core::iter::traits::accum::Sum>::sum
  %_0 = call float @"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE"(ptr %self.0, ptr %self.1)
  ret float %_0
}

; core::iter::traits::iterator::Iterator::sum
; Function Attrs: nonlazybind uwtable
define double @_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E(ptr align 8 %self) unnamed_addr #0 {
start:
; call <f64 as core::iter::traits::accum::Sum>::sum
  %_0 = call double @"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E"(ptr align 8 %self)
  ret double %_0
}

; core::iter::traits::iterator::Iterator::zip
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4iter6traits8iterator8Iterator3zip17hcbf6b5bcac95ae40E(ptr sret([48 x i8]) align 8 %_0, ptr %self.0, ptr %self.1, ptr align 8 %other.0, i64 %other.1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_5 = alloca [1 x i8], align 1
  store i8 1, ptr %_5, align 1
; invoke core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
  %1 = invoke { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17ha33ef6b58d0e14d7E"(ptr align 8 %other.0, i64 %other.1)
          to label %bb1 unwind label %cleanup

bb4:                                              ; preds = %cleanup
  %2 = load i8, ptr %_5, align 1
  %3 = trunc nuw i8 %2 to i1
  br i1 %3, label %bb3, label %bb2

cleanup:                                          ; preds = %bb1, %start
  %4 = landingpad { ptr, i32 }
          cleanup
  %5 = extractvalue { ptr, i32 } %4, 0
  %6 = extractvalue { ptr, i32 } %4, 1
  store ptr %5, ptr %0, align 8
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %6, ptr %7, align 8
  br label %bb4

bb1:                                              ; preds = %start
  %b.0 = extractvalue { ptr, ptr } %1, 0
  %b.1 = extractvalue { ptr, ptr } %1, 1
  store i8 0, ptr %_5, align 1
; invoke <core::iter::adapters::zip::Zip<A,B> as core::iter::adapters::zip::ZipImpl<A,B>>::new
  invoke void @"_ZN111_$LT$core..iter..adapters..zip..Zip$LT$A$C$B$GT$$u20$as$u20$core..iter..adapters..zip..ZipImpl$LT$A$C$B$GT$$GT$3new17h2ddb111e3a8c4227E"(ptr sret([48 x i8]) align 8 %_0, ptr %self.0, ptr %self.1, ptr %b.0, ptr %b.1)
          to label %bb5 unwind label %cleanup

bb5:                                              ; preds = %bb1
  ret void

bb2:                                              ; preds = %bb3, %bb4
  %8 = load ptr, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12

bb3:                                              ; preds = %bb4
  br label %bb2
}

; core::iter::traits::iterator::Iterator::enumerate
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4iter6traits8iterator8Iterator9enumerate17h7580a4b8e2c061daE(ptr sret([24 x i8]) align 8 %_0, ptr %self.0, ptr %self.1) unnamed_addr #1 {
start:
  store ptr %self.0, ptr %_0, align 8
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %self.1, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 16
  store i64 0, ptr %1, align 8
  ret void
}

; core::iter::adapters::map::map_fold::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h45778e939d49658cE"(ptr align 1 %_1, double %acc, ptr align 8 %elt.0, ptr align 8 %elt.1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_10 = alloca [1 x i8], align 1
  store i8 1, ptr %_10, align 1
; invoke numeric::dot::{{closure}}
  %_7 = invoke double @"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"(ptr align 1 %_1, ptr align 8 %elt.0, ptr align 8 %elt.1)
          to label %bb1 unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %1 = load i8, ptr %_10, align 1
  %2 = trunc nuw i8 %1 to i1
  br i1 %2, label %bb4, label %bb3

cleanup:                                          ; preds = %bb1, %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  store i8 0, ptr %_10, align 1
; invoke <f64 as core::iter::traits::accum::Sum>::sum::{{closure}}
  %_0 = invoke double @"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17h87e74c2b8cd9ab36E"(ptr align 1 %_1, double %acc, double %_7)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  ret double %_0

bb3:                                              ; preds = %bb4, %bb5
  %7 = load ptr, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11

bb4:                                              ; preds = %bb5
  br label %bb3
}

; core::iter::adapters::map::map_fold::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define float @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"(ptr align 1 %_1, float %acc, ptr align 4 %elt) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_10 = alloca [1 x i8], align 1
  store i8 1, ptr %_10, align 1
; invoke numeric::norm32::{{closure}}
  %_7 = invoke float @"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"(ptr align 1 %_1, ptr align 4 %elt)
          to label %bb1 unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %1 = load i8, ptr %_10, align 1
  %2 = trunc nuw i8 %1 to i1
  br i1 %2, label %bb4, label %bb3

cleanup:                                          ; preds = %bb1, %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  store i8 0, ptr %_10, align 1
; invoke <f32 as core::iter::traits::accum::Sum>::sum::{{closure}}
  %_0 = invoke float @"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17h29ead786b2734509E"(ptr align 1 %_1, float %acc, float %_7)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  ret float %_0

bb3:                                              ; preds = %bb4, %bb5
  %7 = load ptr, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11

bb4:                                              ; preds = %bb5
  br label %bb3
}

; core::iter::adapters::zip::TrustedRandomAccessNoCoerce::size
; Function Attrs: nonlazybind uwtable
define i64 @_ZN4core4iter8adapters3zip27TrustedRandomAccessNoCoerce4size17h65aee56b80043c58E(ptr align 8 %self) unnamed_addr #0 {
start:
  %_2 = alloca [24 x i8], align 8
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::size_hint
  call void @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$9size_hint17he7c9787eaca72cf6E"(ptr sret([24 x i8]) align 8 %_2, ptr align 8 %self) #12
  %_0 = load i64, ptr %_2, align 8
  ret i64 %_0
}

; core::slice::<impl [T]>::iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17h9fbff7f48373a8d8E"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::Iter<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hb5ae84c1b9d9500aE"(ptr align 8 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::<impl [T]>::iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hfeff75297d3f7a40E"(ptr align 4 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::Iter<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17h16cf0662878c1ef3E"(ptr align 4 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::<impl [T]>::iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hff7b7b29dedd0360E"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::Iter<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hf71c6f2352178e79E"(ptr align 8 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::<impl [T]>::iter_mut
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8iter_mut17h76b1c50ab77bd7ddE"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::IterMut<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter16IterMut$LT$T$GT$3new17hc6fa8c542b947257E"(ptr align 8 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::iter::Iter<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17h16cf0662878c1ef3E"(ptr align 4 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw float, ptr %slice.0, i64 %slice.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::Iter<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hb5ae84c1b9d9500aE"(ptr align 8 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw i64, ptr %slice.0, i64 %slice.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::Iter<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17hf71c6f2352178e79E"(ptr align 8 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw double, ptr %slice.0, i64 %slice.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::IterMut<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter16IterMut$LT$T$GT$3new17hc6fa8c542b947257E"(ptr align 8 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %0 = getelementptr inbounds nuw i64, ptr %slice.0, i64 %slice.1
  store ptr %0, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %1 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
; Function Attrs: nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17ha33ef6b58d0e14d7E"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #0 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw double, ptr %self.0, i64 %self.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; <f32 as core::iter::traits::accum::Sum>::sum
; Function Attrs: nonlazybind uwtable
define float @"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17hb6ef13e6c32f4f6aE"(ptr %iter.0, ptr %iter.1) unnamed_addr #0 {
start:
; call <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call float @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hd0e37b8676e9f9cdE"(ptr %iter.0, ptr %iter.1, float -0.000000e+00)
  ret float %_0
}

; <f32 as core::iter::traits::accum::Sum>::sum::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define float @"_ZN54_$LT$f32$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17h29ead786b2734509E"(ptr align 1 %_1, float %a, float %b) unnamed_addr #1 {
start:
  %_0 = fadd float %a, %b
  ret float %_0
}

; <f64 as core::iter::traits::accum::Sum>::sum
; Function Attrs: nonlazybind uwtable
define double @"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum17h8570421f091bee65E"(ptr align 8 %iter) unnamed_addr #0 {
start:
; call <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call double @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h3bfea2e04f74b939E"(ptr align 8 %iter, double -0.000000e+00)
  ret double %_0
}

; <f64 as core::iter::traits::accum::Sum>::sum::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define double @"_ZN54_$LT$f64$u20$as$u20$core..iter..traits..accum..Sum$GT$3sum28_$u7b$$u7b$closure$u7d$$u7d$17h87e74c2b8cd9ab36E"(ptr align 1 %_1, double %a, double %b) unnamed_addr #1 {
start:
  %_0 = fadd double %a, %b
  ret double %_0
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h71c9b0078ce19886E"(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %self, i64 24, i1 false)
  ret void
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h9a77669c8c17f72eE"(i64 %self.0, i64 %self.1) unnamed_addr #1 {
start:
  %0 = insertvalue { i64, i64 } poison, i64 %self.0, 0
  %1 = insertvalue { i64, i64 } %0, i64 %self.1, 1
  ret { i64, i64 } %1
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17ha0075563e974b148E"(ptr %self.0, ptr %self.1) unnamed_addr #1 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %self.1, 1
  ret { ptr, ptr } %1
}

; numeric::float_bits
; Function Attrs: nonlazybind uwtable
define void @_ZN7numeric10float_bits17hefe1856136d70a4bE(ptr sret([24 x i8]) align 8 %_0, double %x) unnamed_addr #0 {
start:
; call core::f64::<impl f64>::to_bits
  %_2 = call i64 @"_ZN4core3f6421_$LT$impl$u20$f64$GT$7to_bits17h9319f8f4b3f8315eE"(double %x) #12
  %_3 = call i32 @llvm.fptosi.sat.i32.f64(double %x)
; call std::f64::<impl f64>::powi
  %_5 = call double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$4powi17h1e56c9a046e9c966E"(double %x, i32 3) #12
; call std::f64::<impl f64>::mul_add
  %_4 = call double @"_ZN3std3f6421_$LT$impl$u20$f64$GT$7mul_add17h5e3ac575a70a9a64E"(double %_5, double 2.000000e+00, double 1.000000e+00) #12
  store i64 %_2, ptr %_0, align 8
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store i32 %_3, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 16
  store double %_4, ptr %1, align 8
  ret void
}

; numeric::mul_checked
; Function Attrs: nonlazybind uwtable
define { i64, i64 } @_ZN7numeric11mul_checked17h034eb69188fbb71dE(i64 %a, i64 %b) unnamed_addr #0 {
start:
; call core::num::<impl u64>::checked_mul
  %0 = call { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_mul17h66d9995dccc6b2f1E"(i64 %a, i64 %b) #12
  %_0.0 = extractvalue { i64, i64 } %0, 0
  %_0.1 = extractvalue { i64, i64 } %0, 1
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1
  ret { i64, i64 } %2
}

; numeric::medium_array
; Function Attrs: nonlazybind uwtable
define i32 @_ZN7numeric12medium_array17hbe80767009f4f0a2E(i64 %idx) unnamed_addr #0 {
start:
  %table = alloca [1200 x i8], align 4
  %0 = getelementptr inbounds nuw i32, ptr %table, i64 0
  %1 = getelementptr inbounds nuw i32, ptr %table, i64 300
  br label %repeat_loop_header

repeat_loop_header:                               ; preds = %repeat_loop_body, %start
  %2 = phi ptr [ %0, %start ], [ %4, %repeat_loop_body ]
  %3 = icmp ne ptr %2, %1
  br i1 %3, label %repeat_loop_body, label %repeat_loop_next

repeat_loop_body:                                 ; preds = %repeat_loop_header
  store i32 7, ptr %2, align 4
  %4 = getelementptr inbounds i32, ptr %2, i64 1
  br label %repeat_loop_header

repeat_loop_next:                                 ; preds = %repeat_loop_header
; call core::hint::black_box
  %_3 = call align 4 ptr @_ZN4core4hint9black_box17hc84e5d85725bd38fE(ptr align 4 %table) #12
  %_5 = icmp ult i64 %idx, 300
  br i1 %_5, label %bb2, label %panic

bb2:                                              ; preds = %repeat_loop_next
  %5 = getelementptr inbounds nuw i32, ptr %table, i64 %idx
  %_0 = load i32, ptr %5, align 4
  ret i32 %_0

panic:                                            ; preds = %repeat_loop_next
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %idx, i64 300, ptr align 8 @alloc_a96828638b6cf88e473a5fa7c839b30a) #16
  unreachable
}

; numeric::to_string_u128
; Function Attrs: nonlazybind uwtable
define i64 @_ZN7numeric14to_string_u12817h1a5e3b52b9b2ba46E(i128 %0, ptr align 1 %out) unnamed_addr #0 {
start:
  %_20 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %n = alloca [8 x i8], align 8
  %tmp = alloca [40 x i8], align 1
  %v = alloca [16 x i8], align 16
  store i128 %0, ptr %v, align 16
  call void @llvm.memset.p0.i64(ptr align 1 %tmp, i8 0, i64 40, i1 false)
  store i64 0, ptr %n, align 8
  br label %bb1

bb1:                                              ; preds = %bb5, %start
  %_7 = load i128, ptr %v, align 16
  %_6 = urem i128 %_7, 10
  %_5 = trunc i128 %_6 to i8
  %_9.0 = add i8 48, %_5
  %_9.1 = icmp ult i8 %_9.0, 48
  br i1 %_9.1, label %panic, label %bb3

bb3:                                              ; preds = %bb1
  %_10 = load i64, ptr %n, align 8
  %_11 = icmp ult i64 %_10, 40
  br i1 %_11, label %bb4, label %panic1

panic:                                            ; preds = %bb1
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_7ad56438e9ef58596d00bbb86e16dd9e) #16
  unreachable

bb4:                                              ; preds = %bb3
  %1 = getelementptr inbounds nuw i8, ptr %tmp, i64 %_10
  store i8 %_9.0, ptr %1, align 1
  %2 = load i64, ptr %n, align 8
  %_12.0 = add i64 %2, 1
  %_12.1 = icmp ult i64 %_12.0, %2
  br i1 %_12.1, label %panic2, label %bb5

panic1:                                           ; preds = %bb3
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_10, i64 40, ptr align 8 @alloc_6555e8a0363262041d1d7c96697cbb49) #16
  unreachable

bb5:                                              ; preds = %bb4
  store i64 %_12.0, ptr %n, align 8
  %3 = load i128, ptr %v, align 16
  %4 = udiv i128 %3, 10
  store i128 %4, ptr %v, align 16
  %_15 = load i128, ptr %v, align 16
  %_14 = icmp eq i128 %_15, 0
  br i1 %_14, label %bb7, label %bb1

panic2:                                           ; preds = %bb4
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_d5548ee0d20b92b1f069eb5f5a043297) #16
  unreachable

bb7:                                              ; preds = %bb5
  %_18 = load i64, ptr %n, align 8
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %5 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h9a77669c8c17f72eE"(i64 0, i64 %_18) #12
  %_16.0 = extractvalue { i64, i64 } %5, 0
  %_16.1 = extractvalue { i64, i64 } %5, 1
  store i64 %_16.0, ptr %iter, align 8
  %6 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_16.1, ptr %6, align 8
  br label %bb9

bb9:                                              ; preds = %bb17, %bb7
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %7 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hb364f136eefaaa44E"(ptr align 8 %iter) #12
  %8 = extractvalue { i64, i64 } %7, 0
  %9 = extractvalue { i64, i64 } %7, 1
  store i64 %8, ptr %_20, align 8
  %10 = getelementptr inbounds i8, ptr %_20, i64 8
  store i64 %9, ptr %10, align 8
  %_22 = load i64, ptr %_20, align 8
  %11 = getelementptr inbounds i8, ptr %_20, i64 8
  %12 = load i64, ptr %11, align 8
  %13 = trunc nuw i64 %_22 to i1
  br i1 %13, label %bb12, label %bb13

bb12:                                             ; preds = %bb9
  %14 = getelementptr inbounds i8, ptr %_20, i64 8
  %i = load i64, ptr %14, align 8
  %_27 = load i64, ptr %n, align 8
  %_28.0 = sub i64 %_27, 1
  %_28.1 = icmp ult i64 %_27, 1
  br i1 %_28.1, label %panic3, label %bb14

bb13:                                             ; preds = %bb9
  %_0 = load i64, ptr %n, align 8
  ret i64 %_0

bb14:                                             ; preds = %bb12
  %_29.0 = sub i64 %_28.0, %i
  %_29.1 = icmp ult i64 %_28.0, %i
  br i1 %_29.1, label %panic4, label %bb15

panic3:                                           ; preds = %bb12
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_bda1ad151122030316c82223e10769c2) #16
  unreachable

bb15:                                             ; preds = %bb14
  %_30 = icmp ult i64 %_29.0, 40
  br i1 %_30, label %bb16, label %panic5

panic4:                                           ; preds = %bb14
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_bda1ad151122030316c82223e10769c2) #16
  unreachable

bb16:                                             ; preds = %bb15
  %15 = getelementptr inbounds nuw i8, ptr %tmp, i64 %_29.0
  %_24 = load i8, ptr %15, align 1
  %_31 = icmp ult i64 %i, 40
  br i1 %_31, label %bb17, label %panic6

panic5:                                           ; preds = %bb15
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_29.0, i64 40, ptr align 8 @alloc_e295f5c8467035250008d8326515bf45) #16
  unreachable

bb17:                                             ; preds = %bb16
  %16 = getelementptr inbounds nuw i8, ptr %out, i64 %i
  store i8 %_24, ptr %16, align 1
  br label %bb9

panic6:                                           ; preds = %bb16
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %i, i64 40, ptr align 8 @alloc_478b47e759b3067d4a2f5bb62e88bfc5) #16
  unreachable

bb11:                                             ; No predecessors!
  unreachable
}

; numeric::dot
; Function Attrs: nonlazybind uwtable
define double @_ZN7numeric3dot17hb081a119ad26c715E(ptr align 8 %a.0, i64 %a.1, ptr align 8 %b.0, i64 %b.1) unnamed_addr #0 {
start:
  %_4 = alloca [48 x i8], align 8
  %_3 = alloca [48 x i8], align 8
; call core::slice::<impl [T]>::iter
  %0 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hff7b7b29dedd0360E"(ptr align 8 %a.0, i64 %a.1) #12
  %_5.0 = extractvalue { ptr, ptr } %0, 0
  %_5.1 = extractvalue { ptr, ptr } %0, 1
; call core::iter::traits::iterator::Iterator::zip
  call void @_ZN4core4iter6traits8iterator8Iterator3zip17hcbf6b5bcac95ae40E(ptr sret([48 x i8]) align 8 %_4, ptr %_5.0, ptr %_5.1, ptr align 8 %b.0, i64 %b.1) #12
; call core::iter::traits::iterator::Iterator::map
  call void @_ZN4core4iter6traits8iterator8Iterator3map17h3f8601a65891e528E(ptr sret([48 x i8]) align 8 %_3, ptr align 8 %_4) #12
; call core::iter::traits::iterator::Iterator::sum
  %_0 = call double @_ZN4core4iter6traits8iterator8Iterator3sum17h53fec5be71ea2324E(ptr align 8 %_3)
  ret double %_0
}

; numeric::dot::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal double @"_ZN7numeric3dot28_$u7b$$u7b$closure$u7d$$u7d$17h8728498cfb45cbb3E"(ptr align 1 %_1, ptr align 8 %_2.0, ptr align 8 %_2.1) unnamed_addr #1 {
start:
; call <&f64 as core::ops::arith::Mul>::mul
  %_0 = call double @"_ZN49_$LT$$RF$f64$u20$as$u20$core..ops..arith..Mul$GT$3mul17h60b8f369cfb69b84E"(ptr align 8 %_2.0, ptr align 8 %_2.1, ptr align 8 @alloc_635bc9b7e2e0ddb4c417a0eba64a0fb3) #12
  ret double %_0
}

; numeric::fib
; Function Attrs: nonlazybind uwtable
define i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 %n) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %_2 = icmp ult i32 %n, 2
  br i1 %_2, label %bb1, label %bb2

bb2:                                              ; preds = %start
  %_5.0 = sub i32 %n, 1
  %_5.1 = icmp ult i32 %n, 1
  br i1 %_5.1, label %panic, label %bb3

bb1:                                              ; preds = %start
  %0 = zext i32 %n to i64
  store i64 %0, ptr %_0, align 8
  br label %bb8

bb3:                                              ; preds = %bb2
; call numeric::fib
  %_3 = call i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 %_5.0)
  %_8.0 = sub i32 %n, 2
  %_8.1 = icmp ult i32 %n, 2
  br i1 %_8.1, label %panic1, label %bb5

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_91356444b6c801d5a283f821ff880c99) #16
  unreachable

bb5:                                              ; preds = %bb3
; call numeric::fib
  %_6 = call i64 @_ZN7numeric3fib17h5d50d600f4c9fbe9E(i32 %_8.0)
  %_9.0 = add i64 %_3, %_6
  %_9.1 = icmp ult i64 %_9.0, %_3
  br i1 %_9.1, label %panic2, label %bb7

panic1:                                           ; preds = %bb3
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_3f5d760b9623dc424ad6a28a1acfe3d3) #16
  unreachable

bb7:                                              ; preds = %bb5
  store i64 %_9.0, ptr %_0, align 8
  br label %bb8

panic2:                                           ; preds = %bb5
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_4629105b3af5e49ab64443290f984c3f) #16
  unreachable

bb8:                                              ; preds = %bb1, %bb7
  %1 = load i64, ptr %_0, align 8
  ret i64 %1
}

; numeric::eval
; Function Attrs: nonlazybind uwtable
define i64 @_ZN7numeric4eval17haab9dc379ea5f647E(i8 %op, i64 %a, i64 %b) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %_4 = zext i8 %op to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb11
    i64 1, label %bb10
    i64 2, label %bb9
    i64 3, label %bb8
    i64 4, label %bb7
    i64 5, label %bb6
    i64 6, label %bb5
    i64 7, label %bb4
    i64 8, label %bb3
    i64 9, label %bb2
  ]

bb1:                                              ; preds = %start
  unreachable

bb11:                                             ; preds = %start
  %_0.i = add i64 %a, %b
  store i64 %_0.i, ptr %_0, align 8
  br label %bb18

bb10:                                             ; preds = %start
  %_0.i7 = sub i64 %a, %b
  store i64 %_0.i7, ptr %_0, align 8
  br label %bb18

bb9:                                              ; preds = %start
  %_0.i6 = mul i64 %a, %b
  store i64 %_0.i6, ptr %_0, align 8
  br label %bb18

bb8:                                              ; preds = %start
  %_5 = icmp eq i64 %b, 0
  br i1 %_5, label %panic, label %bb12

bb7:                                              ; preds = %start
  %_9 = icmp eq i64 %b, 0
  br i1 %_9, label %panic2, label %bb14

bb6:                                              ; preds = %start
  %_13 = and i64 %b, 63
  %_15 = icmp ult i64 %_13, 64
  br i1 %_15, label %bb16, label %panic4

bb5:                                              ; preds = %start
  %_16 = and i64 %b, 63
  %_18 = icmp ult i64 %_16, 64
  br i1 %_18, label %bb17, label %panic5

bb4:                                              ; preds = %start
  %0 = and i64 %a, %b
  store i64 %0, ptr %_0, align 8
  br label %bb18

bb3:                                              ; preds = %start
  %1 = or i64 %a, %b
  store i64 %1, ptr %_0, align 8
  br label %bb18

bb2:                                              ; preds = %start
  %2 = xor i64 %a, %b
  store i64 %2, ptr %_0, align 8
  br label %bb18

bb18:                                             ; preds = %bb2, %bb3, %bb4, %bb17, %bb16, %bb15, %bb13, %bb9, %bb10, %bb11
  %3 = load i64, ptr %_0, align 8
  ret i64 %3

bb12:                                             ; preds = %bb8
  %_6 = icmp eq i64 %b, -1
  %_7 = icmp eq i64 %a, -9223372036854775808
  %_8 = and i1 %_6, %_7
  br i1 %_8, label %panic1, label %bb13

panic:                                            ; preds = %bb8
; call core::panicking::panic_const::panic_const_div_by_zero
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_div_by_zero(ptr align 8 @alloc_3e1b9fdd62a141d6d7320cf8719b26bd) #16
  unreachable

bb13:                                             ; preds = %bb12
  %4 = sdiv i64 %a, %b
  store i64 %4, ptr %_0, align 8
  br label %bb18

panic1:                                           ; preds = %bb12
; call core::panicking::panic_const::panic_const_div_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_div_overflow(ptr align 8 @alloc_3e1b9fdd62a141d6d7320cf8719b26bd) #16
  unreachable

bb14:                                             ; preds = %bb7
  %_10 = icmp eq i64 %b, -1
  %_11 = icmp eq i64 %a, -9223372036854775808
  %_12 = and i1 %_10, %_11
  br i1 %_12, label %panic3, label %bb15

panic2:                                           ; preds = %bb7
; call core::panicking::panic_const::panic_const_rem_by_zero
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_rem_by_zero(ptr align 8 @alloc_a621d9b88fdbce948e7e1ed662651c84) #16
  unreachable

bb15:                                             ; preds = %bb14
  %5 = srem i64 %a, %b
  store i64 %5, ptr %_0, align 8
  br label %bb18

panic3:                                           ; preds = %bb14
; call core::panicking::panic_const::panic_const_rem_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_rem_overflow(ptr align 8 @alloc_a621d9b88fdbce948e7e1ed662651c84) #16
  unreachable

bb16:                                             ; preds = %bb6
  %6 = and i64 %_13, 63
  %7 = shl i64 %a, %6
  store i64 %7, ptr %_0, align 8
  br label %bb18

panic4:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_shl_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_shl_overflow(ptr align 8 @alloc_3fd21ba15826eeb541929f5bfef4708d) #16
  unreachable

bb17:                                             ; preds = %bb5
  %8 = and i64 %_16, 63
  %9 = ashr i64 %a, %8
  store i64 %9, ptr %_0, align 8
  br label %bb18

panic5:                                           ; preds = %bb5
; call core::panicking::panic_const::panic_const_shr_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_shr_overflow(ptr align 8 @alloc_290391dfc1df7770c4bf9642fefe8d09) #16
  unreachable
}

; numeric::div128
; Function Attrs: nonlazybind uwtable
define i128 @_ZN7numeric6div12817h7f0b523465813455E(i128 %a, i128 %b) unnamed_addr #0 {
start:
  %_3 = icmp eq i128 %b, 0
  br i1 %_3, label %panic, label %bb1

bb1:                                              ; preds = %start
  %_0 = udiv i128 %a, %b
  ret i128 %_0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_div_by_zero
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_div_by_zero(ptr align 8 @alloc_516dbd6bc0a7decfb0abde5358131a8f) #16
  unreachable
}

; numeric::norm32
; Function Attrs: nonlazybind uwtable
define float @_ZN7numeric6norm3217hdb5a4a58f816e787E(ptr align 4 %v.0, i64 %v.1) unnamed_addr #0 {
start:
; call core::slice::<impl [T]>::iter
  %0 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hfeff75297d3f7a40E"(ptr align 4 %v.0, i64 %v.1) #12
  %_4.0 = extractvalue { ptr, ptr } %0, 0
  %_4.1 = extractvalue { ptr, ptr } %0, 1
; call core::iter::traits::iterator::Iterator::map
  %1 = call { ptr, ptr } @_ZN4core4iter6traits8iterator8Iterator3map17h3c1f866e31e61b71E(ptr %_4.0, ptr %_4.1) #12
  %_3.0 = extractvalue { ptr, ptr } %1, 0
  %_3.1 = extractvalue { ptr, ptr } %1, 1
; call core::iter::traits::iterator::Iterator::sum
  %_2 = call float @_ZN4core4iter6traits8iterator8Iterator3sum17h01ce186619fd3377E(ptr %_3.0, ptr %_3.1)
; call std::f32::<impl f32>::sqrt
  %_0 = call float @"_ZN3std3f3221_$LT$impl$u20$f32$GT$4sqrt17ha1a815ab26c90bdcE"(float %_2) #12
  ret float %_0
}

; numeric::norm32::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal float @"_ZN7numeric6norm3228_$u7b$$u7b$closure$u7d$$u7d$17he7a9a7095088a173E"(ptr align 1 %_1, ptr align 4 %x) unnamed_addr #1 {
start:
; call <&f32 as core::ops::arith::Mul>::mul
  %_0 = call float @"_ZN49_$LT$$RF$f32$u20$as$u20$core..ops..arith..Mul$GT$3mul17h0ef8c03971538b35E"(ptr align 4 %x, ptr align 4 %x, ptr align 8 @alloc_6f144f6bb601671f8c02d5e508e824dc) #12
  ret float %_0
}

; numeric::copy_big
; Function Attrs: nonlazybind uwtable
define i64 @_ZN7numeric8copy_big17hd99b1ad0d627a696E(ptr align 8 %src) unnamed_addr #0 {
start:
  %_4 = alloca [256 x i8], align 8
  %_3 = alloca [264 x i8], align 8
  %b = alloca [264 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_4, ptr align 8 %src, i64 256, i1 false)
  %0 = getelementptr inbounds i8, ptr %src, i64 256
  %_5 = load i8, ptr %0, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %_4, i64 256, i1 false)
  %1 = getelementptr inbounds i8, ptr %_3, i64 256
  store i8 %_5, ptr %1, align 8
; call numeric::pass_big
  call void @_ZN7numeric8pass_big17he0423d524ae01365E(ptr sret([264 x i8]) align 8 %b, ptr align 8 %_3, i64 3)
  %2 = getelementptr inbounds nuw i64, ptr %b, i64 31
  %_6 = load i64, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %b, i64 256
  %_10 = load i8, ptr %3, align 8
  %_9 = zext i8 %_10 to i64
  %_11.0 = add i64 %_6, %_9
  %_11.1 = icmp ult i64 %_11.0, %_6
  br i1 %_11.1, label %panic, label %bb3

bb3:                                              ; preds = %start
  ret i64 %_11.0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a8d02d12e85b4d3c9cf0cb88d8ca5bc9) #16
  unreachable
}

; numeric::pass_big
; Function Attrs: nonlazybind uwtable
define void @_ZN7numeric8pass_big17he0423d524ae01365E(ptr sret([264 x i8]) align 8 %_0, ptr align 8 %b, i64 %k) unnamed_addr #0 {
start:
  %_8 = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
; call core::slice::<impl [T]>::iter_mut
  %0 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8iter_mut17h76b1c50ab77bd7ddE"(ptr align 8 %b, i64 32) #12
  %_4.0 = extractvalue { ptr, ptr } %0, 0
  %_4.1 = extractvalue { ptr, ptr } %0, 1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %1 = call { ptr, ptr } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17ha0075563e974b148E"(ptr %_4.0, ptr %_4.1) #12
  %_3.0 = extractvalue { ptr, ptr } %1, 0
  %_3.1 = extractvalue { ptr, ptr } %1, 1
  store ptr %_3.0, ptr %iter, align 8
  %2 = getelementptr inbounds i8, ptr %iter, i64 8
  store ptr %_3.1, ptr %2, align 8
  br label %bb3

bb3:                                              ; preds = %bb8, %start
; call <core::slice::iter::IterMut<T> as core::iter::traits::iterator::Iterator>::next
  %3 = call align 8 ptr @"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h528cf6fd0b7a7ff1E"(ptr align 8 %iter) #12
  store ptr %3, ptr %_8, align 8
  %4 = load ptr, ptr %_8, align 8
  %5 = ptrtoint ptr %4 to i64
  %6 = icmp eq i64 %5, 0
  %_10 = select i1 %6, i64 0, i64 1
  %7 = trunc nuw i64 %_10 to i1
  br i1 %7, label %bb6, label %bb7

bb6:                                              ; preds = %bb3
  %x = load ptr, ptr %_8, align 8
  %8 = load i64, ptr %x, align 8
  %_12.0 = add i64 %8, %k
  %_12.1 = icmp ult i64 %_12.0, %8
  br i1 %_12.1, label %panic, label %bb8

bb7:                                              ; preds = %bb3
  %9 = getelementptr inbounds i8, ptr %b, i64 256
  %10 = getelementptr inbounds i8, ptr %b, i64 256
  %11 = load i8, ptr %10, align 8
  %12 = xor i8 %11, 1
  store i8 %12, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %b, i64 264, i1 false)
  ret void

bb8:                                              ; preds = %bb6
  store i64 %_12.0, ptr %x, align 8
  br label %bb3

panic:                                            ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_7157bf3d6b3d1f074759ec986fa79d5d) #16
  unreachable

bb5:                                              ; No predecessors!
  unreachable
}

; numeric::rem_i128
; Function Attrs: nonlazybind uwtable
define i128 @_ZN7numeric8rem_i12817ha2bfcaa8fa8ca2bfE(i128 %a, i128 %b) unnamed_addr #0 {
start:
  %_3 = icmp eq i128 %b, 0
  br i1 %_3, label %panic, label %bb1

bb1:                                              ; preds = %start
  %_4 = icmp eq i128 %b, -1
  %_5 = icmp eq i128 %a, -170141183460469231731687303715884105728
  %_6 = and i1 %_4, %_5
  br i1 %_6, label %panic1, label %bb2

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_rem_by_zero
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_rem_by_zero(ptr align 8 @alloc_d4bc5e2c8323abd2b734b8e724070982) #16
  unreachable

bb2:                                              ; preds = %bb1
  %_0 = srem i128 %a, %b
  ret i128 %_0

panic1:                                           ; preds = %bb1
; call core::panicking::panic_const::panic_const_rem_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_rem_overflow(ptr align 8 @alloc_d4bc5e2c8323abd2b734b8e724070982) #16
  unreachable
}

; numeric::widening
; Function Attrs: nonlazybind uwtable
define i128 @_ZN7numeric8widening17h954f7fccf6a01f54E(i64 %a, i64 %b) unnamed_addr #0 {
start:
  %_3 = zext i64 %a to i128
  %_4 = zext i64 %b to i128
  %0 = call { i128, i1 } @llvm.umul.with.overflow.i128(i128 %_3, i128 %_4)
  %_5.0 = extractvalue { i128, i1 } %0, 0
  %_5.1 = extractvalue { i128, i1 } %0, 1
  br i1 %_5.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  ret i128 %_5.0

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_ac1243c21db2c04b306f063a620d6c22) #16
  unreachable
}

; numeric::ackermann
; Function Attrs: nonlazybind uwtable
define i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 %m, i64 %n) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %0 = icmp eq i64 %m, 0
  br i1 %0, label %bb4, label %bb1

bb4:                                              ; preds = %start
  %_5.0 = add i64 %n, 1
  %_5.1 = icmp ult i64 %_5.0, %n
  br i1 %_5.1, label %panic, label %bb5

bb1:                                              ; preds = %start
  %1 = icmp eq i64 %n, 0
  br i1 %1, label %bb3, label %bb2

bb5:                                              ; preds = %bb4
  store i64 %_5.0, ptr %_0, align 8
  br label %bb10

panic:                                            ; preds = %bb4
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_fc0700f5e469d4940ad7fb11d4c40b12) #16
  unreachable

bb10:                                             ; preds = %bb8, %bb6, %bb5
  %2 = load i64, ptr %_0, align 8
  ret i64 %2

bb3:                                              ; preds = %bb1
  %_8.0 = sub i64 %m, 1
  %_8.1 = icmp ult i64 %m, 1
  br i1 %_8.1, label %panic1, label %bb6

bb2:                                              ; preds = %bb1
  %_12.0 = sub i64 %m, 1
  %_12.1 = icmp ult i64 %m, 1
  br i1 %_12.1, label %panic2, label %bb7

bb6:                                              ; preds = %bb3
; call numeric::ackermann
  %3 = call i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 %_8.0, i64 1)
  store i64 %3, ptr %_0, align 8
  br label %bb10

panic1:                                           ; preds = %bb3
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_0c79e67475d9e6af5f47533bdb29cfbc) #16
  unreachable

bb7:                                              ; preds = %bb2
  %_15.0 = sub i64 %n, 1
  %_15.1 = icmp ult i64 %n, 1
  br i1 %_15.1, label %panic3, label %bb8

panic2:                                           ; preds = %bb2
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_8848db338c5175b4af86566193d7ae99) #16
  unreachable

bb8:                                              ; preds = %bb7
; call numeric::ackermann
  %_13 = call i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 %m, i64 %_15.0)
; call numeric::ackermann
  %4 = call i64 @_ZN7numeric9ackermann17h73c6bce211b1be7aE(i64 %_12.0, i64 %_13)
  store i64 %4, ptr %_0, align 8
  br label %bb10

panic3:                                           ; preds = %bb7
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_bd9cb8588fa6fabfebeabbf1bc548004) #16
  unreachable
}

; numeric::big_array
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN7numeric9big_array17heb7f80ef1232fa74E(i64 %k) unnamed_addr #4 {
start:
  %_9 = alloca [16 x i8], align 8
  %iter = alloca [24 x i8], align 8
  %_4 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %a = alloca [32768 x i8], align 8
  call void @llvm.memset.p0.i64(ptr align 8 %a, i8 0, i64 32768, i1 false)
; call core::slice::<impl [T]>::iter_mut
  %0 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8iter_mut17h76b1c50ab77bd7ddE"(ptr align 8 %a, i64 4096) #12
  %_5.0 = extractvalue { ptr, ptr } %0, 0
  %_5.1 = extractvalue { ptr, ptr } %0, 1
; call core::iter::traits::iterator::Iterator::enumerate
  call void @_ZN4core4iter6traits8iterator8Iterator9enumerate17h7580a4b8e2c061daE(ptr sret([24 x i8]) align 8 %_4, ptr %_5.0, ptr %_5.1) #12
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  call void @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h71c9b0078ce19886E"(ptr sret([24 x i8]) align 8 %_3, ptr align 8 %_4) #12
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %iter, ptr align 8 %_3, i64 24, i1 false)
  br label %bb4

bb4:                                              ; preds = %bb11, %start
; call <core::iter::adapters::enumerate::Enumerate<I> as core::iter::traits::iterator::Iterator>::next
  %1 = call { i64, ptr } @"_ZN110_$LT$core..iter..adapters..enumerate..Enumerate$LT$I$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h698300e3d8939d7bE"(ptr align 8 %iter) #12
  %2 = extractvalue { i64, ptr } %1, 0
  %3 = extractvalue { i64, ptr } %1, 1
  store i64 %2, ptr %_9, align 8
  %4 = getelementptr inbounds i8, ptr %_9, i64 8
  store ptr %3, ptr %4, align 8
  %5 = load i64, ptr %_9, align 8
  %6 = getelementptr inbounds i8, ptr %_9, i64 8
  %7 = load ptr, ptr %6, align 8
  %8 = ptrtoint ptr %7 to i64
  %9 = icmp eq i64 %8, 0
  %_11 = select i1 %9, i64 0, i64 1
  %10 = trunc nuw i64 %_11 to i1
  br i1 %10, label %bb7, label %bb8

bb7:                                              ; preds = %bb4
  %i = load i64, ptr %_9, align 8
  %11 = getelementptr inbounds i8, ptr %_9, i64 8
  %x = load ptr, ptr %11, align 8
  %_0.i = mul i64 %i, %k
  %_17 = urem i64 %i, 64
  %_19 = icmp ult i64 %_17, 64
  br i1 %_19, label %bb11, label %panic

bb8:                                              ; preds = %bb4
; call core::hint::black_box
  %_20 = call align 8 ptr @_ZN4core4hint9black_box17hc8e728168bac317cE(ptr align 8 %a) #12
; call core::slice::<impl [T]>::iter
  %12 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17h9fbff7f48373a8d8E"(ptr align 8 %a, i64 4096) #12
  %_22.0 = extractvalue { ptr, ptr } %12, 0
  %_22.1 = extractvalue { ptr, ptr } %12, 1
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call i64 @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E"(ptr %_22.0, ptr %_22.1, i64 0) #12
  ret i64 %_0

bb11:                                             ; preds = %bb7
  %13 = and i64 %_17, 63
  %_16 = lshr i64 %k, %13
  %14 = xor i64 %_0.i, %_16
  store i64 %14, ptr %x, align 8
  br label %bb4

panic:                                            ; preds = %bb7
; call core::panicking::panic_const::panic_const_shr_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_shr_overflow(ptr align 8 @alloc_28e99460e2b43d17e52db6c86d948c8a) #16
  unreachable

bb6:                                              ; No predecessors!
  unreachable
}

; numeric::big_array::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E"(ptr align 1 %_1, i64 %s, ptr align 8 %_3) unnamed_addr #1 {
start:
  %x = load i64, ptr %_3, align 8
  %_0.i = add i64 %s, %x
  ret i64 %_0.i
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17hfb71d8a4d64cfad7E"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
  %_3.i = load i64, ptr %self, align 8
  %_4.i = load i64, ptr %_4, align 8
  %_0.i = icmp ult i64 %_3.i, %_4.i
  br i1 %_0.i, label %bb2, label %bb4

bb4:                                              ; preds = %start
  store i64 0, ptr %_0, align 8
  br label %bb5

bb2:                                              ; preds = %start
  %old = load i64, ptr %self, align 8
; call <usize as core::iter::range::Step>::forward_unchecked
  %_6 = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h3beb1ae91ff88520E"(i64 %old, i64 1) #12
  store i64 %_6, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %old, ptr %0, align 8
  store i64 1, ptr %_0, align 8
  br label %bb5

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i64, ptr %_0, align 8
  %2 = getelementptr inbounds i8, ptr %_0, i64 8
  %3 = load i64, ptr %2, align 8
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1
  ret { i64, i64 } %5
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::__iterator_get_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$24__iterator_get_unchecked17hf90c7ac98295e591E"(ptr align 8 %self, i64 %idx) unnamed_addr #1 {
start:
  %_5 = load ptr, ptr %self, align 8
  %_3 = getelementptr inbounds nuw double, ptr %_5, i64 %idx
  ret ptr %_3
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h413bb72a1deebbf0E"(ptr %self.0, ptr %self.1, i64 %init) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_32 = alloca [1 x i8], align 1
  %_31 = alloca [1 x i8], align 1
  %len = alloca [8 x i8], align 8
  %i = alloca [8 x i8], align 8
  %acc = alloca [8 x i8], align 8
  %_4 = alloca [1 x i8], align 1
  %_0 = alloca [8 x i8], align 8
  %f = alloca [0 x i8], align 1
  br label %bb2

bb2:                                              ; preds = %start
  %1 = icmp eq ptr %self.0, %self.1
  %2 = zext i1 %1 to i8
  store i8 %2, ptr %_4, align 1
  br label %bb3

bb3:                                              ; preds = %bb2
  %3 = load i8, ptr %_4, align 1
  %4 = trunc nuw i8 %3 to i1
  br i1 %4, label %bb4, label %bb5

bb5:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1
  store i8 1, ptr %_31, align 1
  store i64 %init, ptr %acc, align 8
  store i64 0, ptr %i, align 8
  br label %bb7

bb4:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1
  store i64 %init, ptr %_0, align 8
  br label %bb12

bb7:                                              ; preds = %bb5
  br label %bb20

bb20:                                             ; preds = %bb7
; call core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
  call void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17haa20dd8997ad13b0E"(ptr %self.1, ptr %self.0, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #14
  br label %bb22

bb22:                                             ; preds = %bb20
  br label %bb23

bb23:                                             ; preds = %bb22
  br label %bb24

bb24:                                             ; preds = %bb23
  %5 = ptrtoint ptr %self.1 to i64
  %6 = ptrtoint ptr %self.0 to i64
  %7 = sub nuw i64 %5, %6
  %8 = udiv exact i64 %7, 8
  store i64 %8, ptr %len, align 8
  br label %bb8

bb25:                                             ; No predecessors!
; invoke core::panicking::panic
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1 @alloc_ec595fc0e82ef92fc59bd74f68296eae, i64 73, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #13
          to label %unreachable unwind label %cleanup

bb16:                                             ; preds = %cleanup
  %9 = load i8, ptr %_31, align 1
  %10 = trunc nuw i8 %9 to i1
  br i1 %10, label %bb15, label %bb13

cleanup:                                          ; preds = %bb8, %bb25
  %11 = landingpad { ptr, i32 }
          cleanup
  %12 = extractvalue { ptr, i32 } %11, 0
  %13 = extractvalue { ptr, i32 } %11, 1
  store ptr %12, ptr %0, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %13, ptr %14, align 8
  br label %bb16

unreachable:                                      ; preds = %bb25
  unreachable

bb8:                                              ; preds = %bb11, %bb24
  store i8 0, ptr %_31, align 1
  %_21 = load i64, ptr %acc, align 8
  %count = load i64, ptr %i, align 8
  %_45 = getelementptr inbounds nuw i64, ptr %self.0, i64 %count
; invoke numeric::big_array::{{closure}}
  %_18 = invoke i64 @"_ZN7numeric9big_array28_$u7b$$u7b$closure$u7d$$u7d$17he1562829960ff568E"(ptr align 1 %f, i64 %_21, ptr align 8 %_45)
          to label %bb9 unwind label %cleanup

bb9:                                              ; preds = %bb8
  store i64 %_18, ptr %acc, align 8
  br label %bb26

bb26:                                             ; preds = %bb9
  %15 = load i64, ptr %i, align 8
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h053dea19081c0989E"(i64 %15, i64 1, ptr align 8 @alloc_12fdce0839ba33fd8bd1bb0711a36af6) #14
  br label %bb27

bb27:                                             ; preds = %bb26
  %16 = load i64, ptr %i, align 8
  %_27 = add nuw i64 %16, 1
  store i64 %_27, ptr %i, align 8
  %_29 = load i64, ptr %i, align 8
  %_30 = load i64, ptr %len, align 8
  %_28 = icmp eq i64 %_29, %_30
  br i1 %_28, label %bb10, label %bb11

bb11:                                             ; preds = %bb27
  br label %bb8

bb10:                                             ; preds = %bb27
  %17 = load i64, ptr %acc, align 8
  store i64 %17, ptr %_0, align 8
  br label %bb12

bb12:                                             ; preds = %bb4, %bb10
  %18 = load i64, ptr %_0, align 8
  ret i64 %18

bb13:                                             ; preds = %bb15, %bb16
  br label %bb18

bb15:                                             ; preds = %bb16
  br label %bb13

bb18:                                             ; preds = %bb13
  %19 = load i8, ptr %_32, align 1
  %20 = trunc nuw i8 %19 to i1
  br i1 %20, label %bb17, label %bb14

bb14:                                             ; preds = %bb17, %bb18
  %21 = load ptr, ptr %0, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  %23 = load i32, ptr %22, align 8
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb17:                                             ; preds = %bb18
  br label %bb14

bb1:                                              ; No predecessors!
  unreachable

bb6:                                              ; No predecessors!
  unreachable
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: inlinehint nonlazybind uwtable
define float @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h960222343f596a0dE"(ptr %self.0, ptr %self.1, float %init) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_32 = alloca [1 x i8], align 1
  %_31 = alloca [1 x i8], align 1
  %len = alloca [8 x i8], align 8
  %i = alloca [8 x i8], align 8
  %acc = alloca [4 x i8], align 4
  %_4 = alloca [1 x i8], align 1
  %_0 = alloca [4 x i8], align 4
  %f = alloca [0 x i8], align 1
  br label %bb2

bb2:                                              ; preds = %start
  %1 = icmp eq ptr %self.0, %self.1
  %2 = zext i1 %1 to i8
  store i8 %2, ptr %_4, align 1
  br label %bb3

bb3:                                              ; preds = %bb2
  %3 = load i8, ptr %_4, align 1
  %4 = trunc nuw i8 %3 to i1
  br i1 %4, label %bb4, label %bb5

bb5:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1
  store i8 1, ptr %_31, align 1
  store float %init, ptr %acc, align 4
  store i64 0, ptr %i, align 8
  br label %bb7

bb4:                                              ; preds = %bb3
  store i8 0, ptr %_32, align 1
  store float %init, ptr %_0, align 4
  br label %bb12

bb7:                                              ; preds = %bb5
  br label %bb20

bb20:                                             ; preds = %bb7
; call core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
  call void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17haa20dd8997ad13b0E"(ptr %self.1, ptr %self.0, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #14
  br label %bb22

bb22:                                             ; preds = %bb20
  br label %bb23

bb23:                                             ; preds = %bb22
  br label %bb24

bb24:                                             ; preds = %bb23
  %5 = ptrtoint ptr %self.1 to i64
  %6 = ptrtoint ptr %self.0 to i64
  %7 = sub nuw i64 %5, %6
  %8 = udiv exact i64 %7, 4
  store i64 %8, ptr %len, align 8
  br label %bb8

bb25:                                             ; No predecessors!
; invoke core::panicking::panic
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1 @alloc_ec595fc0e82ef92fc59bd74f68296eae, i64 73, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #13
          to label %unreachable unwind label %cleanup

bb16:                                             ; preds = %cleanup
  %9 = load i8, ptr %_31, align 1
  %10 = trunc nuw i8 %9 to i1
  br i1 %10, label %bb15, label %bb13

cleanup:                                          ; preds = %bb8, %bb25
  %11 = landingpad { ptr, i32 }
          cleanup
  %12 = extractvalue { ptr, i32 } %11, 0
  %13 = extractvalue { ptr, i32 } %11, 1
  store ptr %12, ptr %0, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %13, ptr %14, align 8
  br label %bb16

unreachable:                                      ; preds = %bb25
  unreachable

bb8:                                              ; preds = %bb11, %bb24
  store i8 0, ptr %_31, align 1
  %_21 = load float, ptr %acc, align 4
  %count = load i64, ptr %i, align 8
  %_45 = getelementptr inbounds nuw float, ptr %self.0, i64 %count
; invoke core::iter::adapters::map::map_fold::{{closure}}
  %_18 = invoke float @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hf502d2b044e1d2fdE"(ptr align 1 %f, float %_21, ptr align 4 %_45)
          to label %bb9 unwind label %cleanup

bb9:                                              ; preds = %bb8
  store float %_18, ptr %acc, align 4
  br label %bb26

bb26:                                             ; preds = %bb9
  %15 = load i64, ptr %i, align 8
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h053dea19081c0989E"(i64 %15, i64 1, ptr align 8 @alloc_12fdce0839ba33fd8bd1bb0711a36af6) #14
  br label %bb27

bb27:                                             ; preds = %bb26
  %16 = load i64, ptr %i, align 8
  %_27 = add nuw i64 %16, 1
  store i64 %_27, ptr %i, align 8
  %_29 = load i64, ptr %i, align 8
  %_30 = load i64, ptr %len, align 8
  %_28 = icmp eq i64 %_29, %_30
  br i1 %_28, label %bb10, label %bb11

bb11:                                             ; preds = %bb27
  br label %bb8

bb10:                                             ; preds = %bb27
  %17 = load float, ptr %acc, align 4
  store float %17, ptr %_0, align 4
  br label %bb12

bb12:                                             ; preds = %bb4, %bb10
  %18 = load float, ptr %_0, align 4
  ret float %18

bb13:                                             ; preds = %bb15, %bb16
  br label %bb18

bb15:                                             ; preds = %bb16
  br label %bb13

bb18:                                             ; preds = %bb13
  %19 = load i8, ptr %_32, align 1
  %20 = trunc nuw i8 %19 to i1
  br i1 %20, label %bb17, label %bb14

bb14:                                             ; preds = %bb17, %bb18
  %21 = load ptr, ptr %0, align 8
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  %23 = load i32, ptr %22, align 8
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb17:                                             ; preds = %bb18
  br label %bb14

bb1:                                              ; No predecessors!
  unreachable

bb6:                                              ; No predecessors!
  unreachable
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::size_hint
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$9size_hint17he7c9787eaca72cf6E"(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  %exact = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_5 = load ptr, ptr %0, align 8
  %subtracted = load ptr, ptr %self, align 8
  br label %bb5

bb5:                                              ; preds = %bb2
; call core::ptr::const_ptr::<impl *const T>::offset_from_unsigned::precondition_check
  call void @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$20offset_from_unsigned18precondition_check17haa20dd8997ad13b0E"(ptr %_5, ptr %subtracted, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #14
  br label %bb7

bb7:                                              ; preds = %bb5
  br label %bb8

bb8:                                              ; preds = %bb7
  br label %bb9

bb9:                                              ; preds = %bb8
  %1 = ptrtoint ptr %_5 to i64
  %2 = ptrtoint ptr %subtracted to i64
  %3 = sub nuw i64 %1, %2
  %4 = udiv exact i64 %3, 8
  store i64 %4, ptr %exact, align 8
  br label %bb3

bb10:                                             ; No predecessors!
; call core::panicking::panic
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1 @alloc_ec595fc0e82ef92fc59bd74f68296eae, i64 73, ptr align 8 @alloc_7cb1dd7620319c06f8fe4029f6b4a0d1) #16
  unreachable

bb3:                                              ; preds = %bb9
  %_7 = load i64, ptr %exact, align 8
  %_8.1 = load i64, ptr %exact, align 8
  store i64 %_7, ptr %_0, align 8
  %5 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 1, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %_8.1, ptr %6, align 8
  ret void

bb1:                                              ; No predecessors!
  unreachable
}

; <core::slice::iter::IterMut<T> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h528cf6fd0b7a7ff1E"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %ptr = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %end_or_len = load ptr, ptr %0, align 8
  br label %bb4

bb4:                                              ; preds = %start
  %_7 = icmp eq ptr %ptr, %end_or_len
  br i1 %_7, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
  %_17 = getelementptr inbounds nuw i64, ptr %ptr, i64 1
  store ptr %_17, ptr %self, align 8
  br label %bb7

bb5:                                              ; preds = %bb4
  store ptr null, ptr %_0, align 8
  br label %bb8

bb7:                                              ; preds = %bb6
  store ptr %ptr, ptr %_0, align 8
  br label %bb8

bb8:                                              ; preds = %bb5, %bb7
  %1 = load ptr, ptr %_0, align 8
  ret ptr %1

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable

bb10:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #6

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.powi.f64.i32(double, i32) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #8

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #9

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fptosi.sat.i32.f64(double) #8

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #10

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #11

; core::panicking::panic_const::panic_const_sub_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_div_by_zero
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_div_by_zero(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_div_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_div_overflow(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_rem_by_zero
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const23panic_const_rem_by_zero(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_rem_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_rem_overflow(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_shl_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_shl_overflow(ptr align 8) unnamed_addr #7

; core::panicking::panic_const::panic_const_shr_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_shr_overflow(ptr align 8) unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i128, i1 } @llvm.umul.with.overflow.i128(i128, i128) #8

; core::panicking::panic_const::panic_const_mul_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #7

; core::panicking::panic
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr align 1, i64, ptr align 8) unnamed_addr #7

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #12 = { inlinehint }
attributes #13 = { noreturn }
attributes #14 = { inlinehint nounwind }
attributes #15 = { noinline noreturn nounwind }
attributes #16 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i64 4867443488017095}
